package org.agora.feed;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.TestPictures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files on posts: what a file is comes from its bytes, never its name; images get a thumbnail; only those who may read
 * the post get the file; an upload belongs to its author until it is posted; deleting the post deletes the files.
 */
class AttachmentsIT extends DeployedAgora {

    /** The start of a real PDF: what makes a file a PDF is "%PDF-" at its beginning. */
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void anImageInAPrivateGroupIsShownToMembersOnly() throws IOException {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient priya = AgoraClient.as(base, "priya");
        JsonObject group = AgoraClient.json(sam.postRaw("api/v1/groups", "application/json", Json.createObjectBuilder()
                .add("name", "Whiteboard photos " + suffix()).add("visibility", "PRIVATE").build().toString()));
        byte[] png = TestPictures.picture(1600, 900, "png");

        HttpResponse<String> uploaded = sam.postBytes("api/v1/attachments?name=whiteboard.png", "application/octet-stream", png);

        assertEquals(201, uploaded.statusCode(), uploaded.body());
        JsonObject image = AgoraClient.json(uploaded);
        assertEquals("image/png", image.getString("mediaType"), "told from the bytes, not the declared type");
        assertTrue(image.getBoolean("image"));
        assertEquals(1600, image.getInt("width"));
        long imageId = image.getJsonNumber("id").longValue();
        assertEquals(404, priya.getBytes("attachments/" + imageId + "/file").statusCode(),
                "before it is posted, an upload is its author's alone");

        JsonObject post = AgoraClient.json(sam.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                .add("body", "Today's architecture sketch").add("groupId", group.getJsonNumber("id").longValue())
                .add("attachmentIds", Json.createArrayBuilder().add(imageId)).build().toString()));
        assertEquals(imageId, post.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue());

        HttpResponse<byte[]> original = sam.getBytes("attachments/" + imageId + "/file");
        assertEquals(200, original.statusCode());
        assertEquals("image/png", original.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(png, original.body());
        HttpResponse<byte[]> thumbnail = sam.getBytes("attachments/" + imageId + "/thumbnail");
        assertEquals(200, thumbnail.statusCode());
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
        assertEquals(720, small.getWidth(), "shrunk to the feed's width");
        assertEquals(405, small.getHeight(), "keeping its proportions");

        assertEquals(404, priya.getBytes("attachments/" + imageId + "/file").statusCode(), "not a member: no file");
        assertEquals(404, priya.getBytes("attachments/" + imageId + "/thumbnail").statusCode(), "nor a thumbnail");
        HttpResponse<byte[]> signedOut = AgoraClient.anonymous(base).getBytes("attachments/" + imageId + "/thumbnail");
        assertFalse(signedOut.headers().firstValue("Content-Type").orElse("").startsWith("image/"),
                "signed-out visitors get no picture");
    }

    @Test
    void theBytesDecideWhatAFileIsAndDocumentsAreOnlyDownloaded() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");

        HttpResponse<String> disguised = sam.postBytes("api/v1/attachments?name=holiday.png", "image/png",
                "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, disguised.statusCode(), "a page named like a picture is refused");
        assertTrue(AgoraClient.json(disguised).getString("detail").endsWith("holiday.png is text/html."),
                disguised.body());

        HttpResponse<String> program = sam.postBytes("api/v1/attachments?name=report.pdf", "application/pdf",
                new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0});
        assertEquals(400, program.statusCode(), "a Windows program named like a PDF is refused");

        JsonObject pdf = AgoraClient.json(sam.postBytes("api/v1/attachments?name=../../minutes.txt", "text/plain", PDF));
        assertEquals("application/pdf", pdf.getString("mediaType"), "a PDF named .txt is a PDF");
        assertEquals("minutes.txt", pdf.getString("fileName"), "no folders in a file name");
        assertFalse(pdf.getBoolean("image"));
        long pdfId = pdf.getJsonNumber("id").longValue();
        long postId = AgoraClient.json(sam.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                .add("body", "Minutes of today's retro " + suffix())
                .add("attachmentIds", Json.createArrayBuilder().add(pdfId)).build().toString())).getJsonNumber("id").longValue();

        HttpResponse<byte[]> download = tomas.getBytes("attachments/" + pdfId + "/file");
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename*=UTF-8''minutes.txt", download.headers().firstValue("Content-Disposition").orElseThrow(),
                "documents are downloaded, never rendered in Agora's origin");
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Security-Policy").orElseThrow().contains("sandbox"));
        assertEquals(404, tomas.getBytes("attachments/" + pdfId + "/thumbnail").statusCode(), "a document has no thumbnail");

        assertEquals(204, sam.delete("api/v1/posts/" + postId).statusCode());
        assertEquals(404, sam.getBytes("attachments/" + pdfId + "/file").statusCode(), "deleting the post deletes its files");
    }

    @Test
    void uploadsBelongToTheirAuthorUntilPostedAndHaveALimit() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        long samsUpload = AgoraClient.json(sam.postBytes("api/v1/attachments?name=draft.pdf", "application/pdf", PDF))
                .getJsonNumber("id").longValue();

        HttpResponse<String> stolen = tomas.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                .add("body", "Look what I found").add("attachmentIds", Json.createArrayBuilder().add(samsUpload))
                .build().toString());
        assertEquals(400, stolen.statusCode(), "nobody posts another's upload");
        assertEquals("An attached file is no longer there; attach it again.", AgoraClient.json(stolen).getString("detail"));
        assertEquals(404, tomas.delete("api/v1/attachments/" + samsUpload).statusCode(), "nor discards it");
        assertEquals(204, sam.delete("api/v1/attachments/" + samsUpload).statusCode());
        assertEquals(404, sam.getBytes("attachments/" + samsUpload + "/file").statusCode(), "discarded, it is gone");

        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        Arrays.fill(huge, PDF.length, huge.length, (byte) ' ');
        HttpResponse<String> tooLarge = sam.postBytes("api/v1/attachments?name=scan.pdf", "application/pdf", huge);
        assertEquals(413, tooLarge.statusCode());
        assertEquals("A file can be at most 20 MB.", AgoraClient.json(tooLarge).getString("detail"));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
