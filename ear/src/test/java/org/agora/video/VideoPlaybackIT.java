package org.agora.video;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.agora.testing.SearchAnswers;
import org.agora.testing.TestFilms;
import org.junit.jupiter.api.Test;

import static org.agora.testing.SearchAnswers.hits;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A published video as employees meet it: played in byte ranges by any employee and nobody else, found by what is
 * said in it (opening at that moment), announced to the channel's subscribers, and measured for its executive.
 */
class VideoPlaybackIT extends DeployedAgora {

    private static long publish(AgoraClient helena, byte[] film, String title, String captions) {
        String uploadId = VideoUploadsIT.upload(helena, film);
        HttpResponse<String> published = VideoUploadsIT.publish(helena, uploadId, helena.employeeId(), title, captions);
        assertEquals(201, published.statusCode(), published.body());
        return AgoraClient.json(published).getJsonNumber("id").longValue();
    }

    @Test
    void anEmployeePlaysTheFilmInRangesAndNobodyElseGetsAByte() {
        AgoraClient helena = AgoraClient.signedIn(base, "helena");
        byte[] film = TestFilms.bytes(TestFilms.mp4(4));
        long id = publish(helena, film, "Ranges", null);
        String path = "media/videos/" + id;
        AgoraClient sam = AgoraClient.as(base, "sam");
        int size = film.length;

        HttpResponse<byte[]> whole = sam.getBytes(path);
        assertEquals(200, whole.statusCode());
        assertEquals("video/mp4", whole.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElseThrow());
        assertArrayEquals(film, whole.body());

        HttpResponse<byte[]> first = sam.getBytes(path, "Range", "bytes=0-1023");
        assertEquals(206, first.statusCode());
        assertEquals("bytes 0-1023/" + size, first.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(film, 0, 1024), first.body());

        int from = size / 2;
        HttpResponse<byte[]> middle = sam.getBytes(path, "Range", "bytes=" + from + "-" + (from + 4999));
        assertEquals(206, middle.statusCode());
        assertEquals("bytes " + from + "-" + (from + 4999) + "/" + size,
                middle.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(film, from, from + 5000), middle.body());

        HttpResponse<byte[]> suffix = sam.getBytes(path, "Range", "bytes=-500");
        assertEquals(206, suffix.statusCode());
        assertEquals("bytes " + (size - 500) + "-" + (size - 1) + "/" + size,
                suffix.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(film, size - 500, size), suffix.body());

        HttpResponse<byte[]> invalid = sam.getBytes(path, "Range", "bytes=" + size + "-");
        assertEquals(416, invalid.statusCode());
        assertEquals("bytes */" + size, invalid.headers().firstValue("Content-Range").orElseThrow());

        String etag = whole.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, sam.getBytes(path, "If-None-Match", etag).statusCode());
        assertEquals(304, sam.getBytes(path, "If-Modified-Since",
                whole.headers().firstValue("Last-Modified").orElseThrow()).statusCode());

        HttpResponse<byte[]> visitor = AgoraClient.anonymous(base).getBytes(path, "Range", "bytes=0-1023");
        assertEquals(401, visitor.statusCode(), "a visitor who has not signed in gets no byte");
        assertFalse(new String(visitor.body(), StandardCharsets.ISO_8859_1).contains("ftyp"));
        assertEquals(404, sam.getBytes("media/videos/" + (id + 100_000), "Range", "bytes=0-9").statusCode());
        assertEquals(404, sam.getBytes("media/videos/not-a-number").statusCode());

        HttpResponse<byte[]> poster = sam.getBytes(path + "/poster");
        assertEquals(200, poster.statusCode());
        assertEquals("image/jpeg", poster.headers().firstValue("Content-Type").orElseThrow());
        assertEquals((byte) 0xFF, poster.body()[0], "a JPEG taken from the film");
    }

    @Test
    void whatIsSaidIsSearchableAndAHitOpensTheVideoWhereItIsSaid() {
        AgoraClient helena = AgoraClient.signedIn(base, "helena");
        String word = SearchAnswers.uniqueWord();
        String captions = """
                WEBVTT

                00:00.000 --> 00:01.500
                Good morning, everyone.

                intro-2
                00:02.000 --> 00:03.500
                Our new <b>%s</b> programme starts on Monday.
                """.formatted(word);
        long id = publish(helena, TestFilms.bytes(TestFilms.mp4(4)), "Captions", captions);

        HttpResponse<String> vtt = AgoraClient.as(base, "sam").get("media/videos/" + id + "/captions.vtt");
        assertEquals(200, vtt.statusCode());
        assertTrue(vtt.headers().firstValue("Content-Type").orElseThrow().startsWith("text/vtt"));
        assertTrue(vtt.body().contains(word));

        AgoraClient tomas = AgoraClient.as(base, "tomas");
        Eventually.within(Duration.ofSeconds(30), "the captions are indexed",
                () -> !hits(SearchAnswers.search(tomas, word)).isEmpty());
        List<JsonObject> found = hits(SearchAnswers.search(tomas, word));
        assertEquals(1, found.size());
        JsonObject hit = found.get(0);
        assertEquals("VIDEO", hit.getString("type"));
        assertEquals(id, hit.getJsonNumber("postId").longValue());
        assertEquals(2, hit.getInt("atSecond"), "the moment the word is said: " + hit);
        assertTrue(hit.getString("snippetHtml").contains("<mark>" + word + "</mark>"), hit.toString());

        HttpResponse<String> badCaptions = VideoUploadsIT.publish(helena,
                VideoUploadsIT.upload(helena, TestFilms.bytes(TestFilms.mp4(4))), helena.employeeId(), "Bad captions",
                "WEBVTT\n\n00:01.000 -> 00:02.000\nHello\n");
        assertEquals(400, badCaptions.statusCode());
        assertTrue(AgoraClient.json(badCaptions).getString("detail").contains("Line 3"), badCaptions.body());
    }

    @Test
    void subscribersHearOfANewVideoAndOnlyTheExecutiveSeesItsAudience() {
        AgoraClient helena = AgoraClient.signedIn(base, "helena");
        AgoraClient sam = AgoraClient.signedIn(base, "sam");
        AgoraClient priya = AgoraClient.signedIn(base, "priya");
        long helenaId = helena.employeeId();
        assertEquals(204, sam.put("api/v1/videos/subscriptions/" + helenaId).statusCode());
        assertEquals(204, sam.put("api/v1/videos/subscriptions/" + helenaId).statusCode(), "subscribing twice is once");
        assertEquals(204, priya.delete("api/v1/videos/subscriptions/" + helenaId).statusCode());

        String title = "Subscribers " + SearchAnswers.uniqueWord();
        long id = publish(helena, TestFilms.bytes(TestFilms.mp4(4)), title, null);
        List<JsonObject> samNotices = notices(sam, title);
        assertEquals(1, samNotices.size(), "one notice for the subscriber");
        assertEquals("Helena Virtanen published a video: " + title, samNotices.get(0).getString("text"));
        assertEquals(id, samNotices.get(0).getJsonNumber("postId").longValue());
        assertTrue(notices(priya, title).isEmpty(), "nobody else is told");

        HttpResponse<String> started = sam.postRaw("api/v1/videos/" + id + "/views", "text/plain", "");
        assertEquals(201, started.statusCode(), started.body());
        long viewId = AgoraClient.json(started).getJsonNumber("id").longValue();
        assertEquals(204, sam.putJson("api/v1/videos/" + id + "/views/" + viewId, "{\"watchedMs\": 1500}").statusCode());
        assertEquals(204, sam.putJson("api/v1/videos/" + id + "/views/" + viewId, "{\"watchedMs\": 1000}").statusCode());
        assertEquals(404, priya.putJson("api/v1/videos/" + id + "/views/" + viewId, "{\"watchedMs\": 9000}").statusCode(),
                "a view is only its viewer's to report");
        long priyaView = AgoraClient.json(priya.postRaw("api/v1/videos/" + id + "/views", "text/plain", ""))
                .getJsonNumber("id").longValue();
        priya.putJson("api/v1/videos/" + id + "/views/" + priyaView, "{\"watchedMs\": 600000}");

        JsonObject audience = AgoraClient.json(helena.get("api/v1/videos/" + id)).getJsonObject("audience");
        assertEquals(2, audience.getJsonNumber("views").longValue());
        long duration = AgoraClient.json(helena.get("api/v1/videos/" + id)).getJsonNumber("durationMs").longValue();
        assertEquals((1500 + duration) / 2, audience.getJsonNumber("averageWatchMs").longValue(), 1,
                "watch time grows only, and never past the film's end");
        assertFalse(AgoraClient.json(sam.get("api/v1/videos/" + id)).containsKey("audience"),
                "viewers do not see the audience");
    }

    private static List<JsonObject> notices(AgoraClient client, String title) {
        return AgoraClient.json(client.get("api/v1/notifications")).getJsonArray("latest").stream()
                .map(notice -> notice.asJsonObject())
                .filter(notice -> notice.getString("text").endsWith(title))
                .toList();
    }
}
