package org.agora.video;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.agora.testing.TestFilms;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Films arrive in pieces and are published only whole: an upload over the limit is refused before a byte is sent, a
 * piece cut off or running past the announced size is taken back, an incomplete upload cannot be published, and an
 * abandoned one leaves nothing on the server's disk.
 */
class VideoUploadsIT extends DeployedAgora {

    /** The server's media directory: the tests run on the same machine as the server they deployed to. */
    static final Path MEDIA = Path.of(System.getProperty("jboss.home"), "standalone", "data", "agora", "media");

    static String begin(AgoraClient publisher, String name, long size) {
        HttpResponse<String> started = publisher.postRaw("api/v1/video-uploads?name=" + name + "&size=" + size,
                "text/plain", "");
        assertEquals(201, started.statusCode(), started.body());
        return AgoraClient.json(started).getString("id");
    }

    static HttpResponse<String> piece(AgoraClient publisher, String uploadId, long offset, byte[] bytes) {
        return publisher.putBytes("api/v1/video-uploads/" + uploadId, "application/octet-stream", bytes, "Upload-Offset",
                String.valueOf(offset));
    }

    /** Uploads {@code film} in three pieces, as the page does in pieces of 8 MiB. */
    static String upload(AgoraClient publisher, byte[] film) {
        String uploadId = begin(publisher, "film.mp4", film.length);
        int third = film.length / 3;
        int[] ends = {third, 2 * third, film.length};
        int offset = 0;
        for (int end : ends) {
            HttpResponse<String> sent = piece(publisher, uploadId, offset, Arrays.copyOfRange(film, offset, end));
            assertEquals(200, sent.statusCode(), sent.body());
            assertEquals(String.valueOf(end), sent.headers().firstValue("Upload-Offset").orElseThrow());
            offset = end;
        }
        return uploadId;
    }

    static HttpResponse<String> publish(AgoraClient publisher, String uploadId, long executiveId, String title,
                                        String captions) {
        var json = Json.createObjectBuilder().add("uploadId", uploadId).add("executiveId", executiveId)
                .add("title", title).add("description", "What happened this week.").add("tags", "weekly");
        if (captions != null) {
            json.add("captionsVtt", captions);
        }
        return publisher.postJson("api/v1/videos", json.build().toString());
    }

    private static Path incoming(String uploadId) {
        return MEDIA.resolve("incoming").resolve(uploadId + ".part");
    }

    private static List<String> titles(AgoraClient client) {
        return AgoraClient.jsonArray(client.get("api/v1/videos?limit=100")).stream()
                .map(video -> video.asJsonObject().getString("title")).toList();
    }

    @Test
    void aWholeUploadIsPublishedAndItsPiecesLeaveNothingBehind() {
        AgoraClient helena = AgoraClient.signedIn(base, "helena");
        String uploadId = upload(helena, TestFilms.bytes(TestFilms.mp4(4)));
        HttpResponse<String> published = publish(helena, uploadId, helena.employeeId(), "Pieces " + uploadId, null);
        assertEquals(201, published.statusCode(), published.body());
        JsonObject video = AgoraClient.json(published);
        assertEquals("video/mp4", video.getString("mediaType"));
        assertTrue(video.getJsonNumber("durationMs").longValue() > 3500, "ffmpeg measured the film: " + video);
        assertTrue(video.getBoolean("hasPoster"));
        assertFalse(Files.exists(incoming(uploadId)), "the upload became the video's file");
        assertTrue(Files.exists(MEDIA.resolve("videos").resolve(String.valueOf(video.getJsonNumber("id").longValue()))));
        assertEquals(404, helena.head("api/v1/video-uploads/" + uploadId).statusCode(), "the upload is done with");
    }

    @Test
    void anUploadOverTheLimitIsRefusedBeforeAnyByteIsSent() throws IOException {
        AgoraClient helena = AgoraClient.signedIn(base, "helena");
        List<Path> before = incomingFiles();
        HttpResponse<String> tooLarge = helena.postRaw("api/v1/video-uploads?name=keynote.mp4&size="
                + (3L * 1024 * 1024 * 1024), "text/plain", "");
        assertEquals(413, tooLarge.statusCode());
        assertEquals("application/problem+json", tooLarge.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(AgoraClient.json(tooLarge).getString("detail").contains("at most 2 GiB"), tooLarge.body());
        assertEquals(before, incomingFiles(), "nothing was started on disk");

        String uploadId = begin(helena, "short.mp4", 1000);
        HttpResponse<String> tooLong = piece(helena, uploadId, 0, new byte[1500]);
        assertEquals(413, tooLong.statusCode(), "a piece past the announced size: " + tooLong.body());
        assertEquals(0, Files.size(incoming(uploadId)), "the piece was taken back whole");
        assertEquals("0", helena.head("api/v1/video-uploads/" + uploadId).headers().firstValue("Upload-Offset").orElseThrow());

        assertEquals(204, helena.delete("api/v1/video-uploads/" + uploadId).statusCode());
        assertFalse(Files.exists(incoming(uploadId)), "an abandoned upload leaves nothing behind");
        assertEquals(before, incomingFiles());
    }

    @Test
    void aTruncatedUploadIsNeverPublishedAndResumesWhereItStopped() throws Exception {
        AgoraClient helena = AgoraClient.signedIn(base, "helena");
        byte[] film = TestFilms.bytes(TestFilms.mp4(4));
        String title = "Half a film " + UUID.randomUUID();
        String uploadId = begin(helena, "half.mp4", film.length);
        int half = film.length / 2;
        assertEquals(200, piece(helena, uploadId, 0, Arrays.copyOfRange(film, 0, half)).statusCode());

        // the connection breaks in the middle of the next piece: what arrived of it is not kept
        cutOffPiece("helena", uploadId, half, Arrays.copyOfRange(film, half, film.length));
        Eventually.within(Duration.ofSeconds(10), "the upload stands where the last whole piece left it",
                () -> String.valueOf(half).equals(helena.head("api/v1/video-uploads/" + uploadId).headers()
                        .firstValue("Upload-Offset").orElseThrow()));
        assertEquals(half, Files.size(incoming(uploadId)));

        HttpResponse<String> early = publish(helena, uploadId, helena.employeeId(), title, null);
        assertEquals(400, early.statusCode());
        assertTrue(AgoraClient.json(early).getString("detail").contains("not complete"), early.body());
        assertFalse(titles(helena).contains(title), "no half-published video");

        HttpResponse<String> outOfStep = piece(helena, uploadId, 0, Arrays.copyOfRange(film, 0, half));
        assertEquals(409, outOfStep.statusCode(), "a piece sent twice");
        assertEquals(String.valueOf(half), outOfStep.headers().firstValue("Upload-Offset").orElseThrow());

        assertEquals(200, piece(helena, uploadId, half, Arrays.copyOfRange(film, half, film.length)).statusCode());
        assertEquals(201, publish(helena, uploadId, helena.employeeId(), title, null).statusCode());
        assertTrue(titles(helena).contains(title));
        HttpResponse<byte[]> played = AgoraClient.as(base, "sam").getBytes(
                "media/videos/" + AgoraClient.jsonArray(helena.get("api/v1/videos?limit=1")).getJsonObject(0)
                        .getJsonNumber("id").longValue());
        assertTrue(Arrays.equals(film, played.body()), "the resumed upload is the film, byte for byte");
    }

    @Test
    void onlyExecutivesAndTheirDelegatesUploadAndPublish() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        HttpResponse<String> refused = sam.postRaw("api/v1/video-uploads?name=mine.mp4&size=1000", "text/plain", "");
        assertEquals(403, refused.statusCode());
        AgoraClient helena = AgoraClient.signedIn(base, "helena");
        String uploadId = begin(helena, "film.mp4", 10);
        assertEquals(404, piece(sam, uploadId, 0, new byte[10]).statusCode(), "an upload is only its starter's");
        assertEquals(403, publish(sam, uploadId, helena.employeeId(), "Not mine", null).statusCode());
        helena.delete("api/v1/video-uploads/" + uploadId);
    }

    @Test
    void aDelegatePublishesOnTheExecutivesChannelUntilTakenOff() {
        AgoraClient helena = AgoraClient.signedIn(base, "helena");
        AgoraClient marcus = AgoraClient.signedIn(base, "marcus");
        AgoraClient sam = AgoraClient.signedIn(base, "sam");
        long samId = sam.employeeId();
        assertEquals(204, helena.put("api/v1/videos/delegates/" + samId).statusCode());
        assertTrue(AgoraClient.jsonArray(helena.get("api/v1/videos/delegates")).stream()
                .anyMatch(person -> person.asJsonObject().getJsonNumber("id").longValue() == samId));

        String title = "For Helena " + UUID.randomUUID();
        String uploadId = upload(sam, TestFilms.bytes(TestFilms.mp4(4)));
        assertEquals(403, publish(sam, uploadId, marcus.employeeId(), title, null).statusCode(),
                "a delegate publishes only for the executive who asked");
        HttpResponse<String> published = publish(sam, uploadId, helena.employeeId(), title, null);
        assertEquals(201, published.statusCode(), published.body());
        assertEquals(helena.employeeId(), AgoraClient.json(published).getJsonNumber("executiveId").longValue(),
                "the video is on Helena's channel, in her name");
        assertTrue(AgoraClient.json(published).containsKey("audience"), "her delegate sees its audience");

        assertEquals(204, helena.delete("api/v1/videos/delegates/" + samId).statusCode());
        assertEquals(403, sam.postRaw("api/v1/video-uploads?name=more.mp4&size=1000", "text/plain", "").statusCode(),
                "taken off, the colleague no longer uploads");
        assertEquals(403, sam.put("api/v1/videos/delegates/" + helena.employeeId()).statusCode(),
                "only executives choose delegates");
    }

    @Test
    void aFileThatIsNotAVideoIsRefusedWithItsType() {
        AgoraClient helena = AgoraClient.signedIn(base, "helena");
        byte[] text = "These are meeting notes, not a film.".repeat(20).getBytes(StandardCharsets.UTF_8);
        String uploadId = begin(helena, "notes.mp4", text.length);
        HttpResponse<String> lastPiece = piece(helena, uploadId, 0, text);
        assertEquals(400, lastPiece.statusCode(), "said as soon as the last piece is in");
        assertTrue(AgoraClient.json(lastPiece).getString("detail").contains("text/plain"), lastPiece.body());
        HttpResponse<String> refused = publish(helena, uploadId, helena.employeeId(), "Notes", null);
        assertEquals(400, refused.statusCode(), "and never published");
        assertTrue(AgoraClient.json(refused).getString("detail").contains("text/plain"), refused.body());
    }

    /** Sends the headers and half of a piece's bytes, then closes the connection, as a dropped network does. */
    private void cutOffPiece(String username, String uploadId, long offset, byte[] piece) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + AgoraClient.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + base.getPath() + "api/v1/video-uploads/" + uploadId + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Authorization: Basic " + credentials + "\r\n"
                    + "Content-Type: application/octet-stream\r\n"
                    + "Upload-Offset: " + offset + "\r\n"
                    + "Content-Length: " + piece.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(piece, 0, piece.length / 2);
            out.flush();
            Thread.sleep(300);
        }
    }

    private static List<Path> incomingFiles() throws IOException {
        Path incoming = MEDIA.resolve("incoming");
        if (!Files.exists(incoming)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(incoming)) {
            return files.sorted().toList();
        }
    }
}
