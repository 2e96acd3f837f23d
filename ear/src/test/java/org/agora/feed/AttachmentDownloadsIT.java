package org.agora.feed;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Files are sent as browsers and players expect: in byte ranges (so a download resumes and a player seeks), with
 * validators (so a current copy is not sent again), and only to those who may read them.
 */
class AttachmentDownloadsIT extends DeployedAgora {

    private static final byte[] NOTES = notes();

    /** 10,000 bytes of text in which every position can be told apart. */
    private static byte[] notes() {
        StringBuilder text = new StringBuilder();
        for (int line = 0; text.length() < 10_000; line++) {
            text.append(String.format("line %05d of the meeting notes%n", line));
        }
        return text.substring(0, 10_000).getBytes(StandardCharsets.US_ASCII);
    }

    private long upload(AgoraClient author) {
        HttpResponse<String> uploaded = author.postBytes("api/v1/attachments?name=notes.txt", "text/plain", NOTES);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        return AgoraClient.json(uploaded).getJsonNumber("id").longValue();
    }

    @Test
    void rangesOfAFileAreSentAsAsked() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        String file = "attachments/" + upload(sam) + "/file";

        HttpResponse<byte[]> whole = sam.getBytes(file);
        assertEquals(200, whole.statusCode());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElseThrow());
        assertArrayEquals(NOTES, whole.body());

        HttpResponse<byte[]> first = sam.getBytes(file, "Range", "bytes=0-99");
        assertEquals(206, first.statusCode());
        assertEquals("bytes 0-99/10000", first.headers().firstValue("Content-Range").orElseThrow());
        assertEquals("100", first.headers().firstValue("Content-Length").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(NOTES, 0, 100), first.body());

        HttpResponse<byte[]> middle = sam.getBytes(file, "Range", "bytes=4321-5320");
        assertEquals(206, middle.statusCode());
        assertEquals("bytes 4321-5320/10000", middle.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(NOTES, 4321, 5321), middle.body());

        HttpResponse<byte[]> suffix = sam.getBytes(file, "Range", "bytes=-250");
        assertEquals(206, suffix.statusCode());
        assertEquals("bytes 9750-9999/10000", suffix.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(NOTES, 9750, 10_000), suffix.body());

        HttpResponse<byte[]> resumed = sam.getBytes(file, "Range", "bytes=9000-");
        assertArrayEquals(Arrays.copyOfRange(NOTES, 9000, 10_000), resumed.body(), "a broken download resumes");

        HttpResponse<byte[]> outside = sam.getBytes(file, "Range", "bytes=10000-10100");
        assertEquals(416, outside.statusCode());
        assertEquals("bytes */10000", outside.headers().firstValue("Content-Range").orElseThrow());
        assertEquals(0, outside.body().length);

        HttpResponse<byte[]> malformed = sam.getBytes(file, "Range", "bytes=50-10");
        assertEquals(200, malformed.statusCode(), "a range that does not parse is ignored");
        assertArrayEquals(NOTES, malformed.body());
    }

    @Test
    void aCurrentCopyIsNotSentAgainAndAChangedOneIsNotPatched() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        String file = "attachments/" + upload(sam) + "/file";
        HttpResponse<byte[]> whole = sam.getBytes(file);
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        String lastModified = whole.headers().firstValue("Last-Modified").orElseThrow();

        assertEquals(304, sam.getBytes(file, "If-None-Match", etag).statusCode());
        assertEquals(304, sam.getBytes(file, "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, sam.getBytes(file, "If-None-Match", "\"something-else\"").statusCode());

        assertEquals(206, sam.getBytes(file, "Range", "bytes=0-9", "If-Range", etag).statusCode(),
                "the range applies to the copy the client began with");
        HttpResponse<byte[]> changed = sam.getBytes(file, "Range", "bytes=0-9", "If-Range", "\"an-older-copy\"");
        assertEquals(200, changed.statusCode(), "another copy is sent whole, never patched");
        assertArrayEquals(NOTES, changed.body());
    }

    @Test
    void noRangeOfAFileReachesThoseWhoMayNotReadIt() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        String file = "attachments/" + upload(sam) + "/file";
        assertEquals(206, sam.getBytes(file, "Range", "bytes=0-9").statusCode());
        HttpResponse<byte[]> colleague = AgoraClient.as(base, "priya").getBytes(file, "Range", "bytes=0-9");
        assertEquals(404, colleague.statusCode(), "an upload is its author's until it is posted");
        assertEquals(401, AgoraClient.anonymous(base).getBytes(file, "Range", "bytes=0-9").statusCode());
    }
}
