package org.agora.web.media;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.undertow.io.BufferWritableOutputStream;

/**
 * Sends a stored file that the caller has been found allowed to read, the way browsers and media players expect
 * (RFC 9110): an ETag and Last-Modified, 304 when their copy is current, and byte ranges (206, or 416 for a range
 * outside the file), so a player can seek and a broken download can resume.
 */
public final class StoredFiles {

    private static final int COPY_BLOCK = 256 * 1024;
    /** One direct block per server thread, reused: allocating direct memory per request costs more than the copy. */
    private static final ThreadLocal<ByteBuffer> DIRECT_BLOCKS =
            ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(COPY_BLOCK));

    private StoredFiles() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, Path file, String mediaType)
            throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        long size = attributes.size();
        Instant modified = attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
        String etag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(modified.getEpochSecond()) + "\"";
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", modified.toEpochMilli());
        response.setHeader("Accept-Ranges", "bytes");
        if (unchangedSince(request, etag, modified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        ByteRange.Request wanted = rangeStillApplies(request, etag, modified)
                ? ByteRange.of(request.getHeader("Range"), size) : new ByteRange.Whole();
        if (wanted instanceof ByteRange.Unsatisfiable) {
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader("Content-Range", "bytes */" + size);
            response.setContentLength(0);
            return;
        }
        ByteRange range = wanted instanceof ByteRange.Part part ? part.range() : new ByteRange(0, size - 1);
        if (wanted instanceof ByteRange.Part) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", range.contentRange(size));
        }
        response.setContentType(mediaType);
        response.setContentLengthLong(Math.max(0, range.length()));
        if (!"HEAD".equals(request.getMethod()) && size > 0) {
            copy(file, range, response.getOutputStream());
        }
    }

    /** If-None-Match wins over If-Modified-Since, as RFC 9110 orders them. */
    private static boolean unchangedSince(HttpServletRequest request, String etag, Instant modified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.strip().equals("*") || Arrays.stream(ifNoneMatch.split(","))
                    .map(tag -> tag.strip().replaceFirst("^W/", ""))
                    .anyMatch(etag::equals);
        }
        long since = dateHeader(request, "If-Modified-Since");
        return since >= 0 && !modified.isAfter(Instant.ofEpochMilli(since));
    }

    /** A Range with If-Range applies only while the file is still the one the client began with. */
    private static boolean rangeStillApplies(HttpServletRequest request, String etag, Instant modified) {
        String ifRange = request.getHeader("If-Range");
        if (ifRange == null) {
            return true;
        }
        if (ifRange.strip().startsWith("\"")) {
            return ifRange.strip().equals(etag);
        }
        long date = dateHeader(request, "If-Range");
        return date >= 0 && Instant.ofEpochMilli(date).equals(modified);
    }

    private static long dateHeader(HttpServletRequest request, String name) {
        try {
            return request.getDateHeader(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /**
     * Reads the range in large blocks and writes each whole. On WildFly a block goes from a direct buffer straight to
     * the connection, with no copy through the heap; elsewhere through a heap array. (FileChannel.transferTo towards
     * a stream would copy in 8 KiB pieces, each a pass through the container's buffers.)
     */
    private static void copy(Path file, ByteRange range, OutputStream out) throws IOException {
        boolean direct = out instanceof BufferWritableOutputStream;
        ByteBuffer block = direct ? DIRECT_BLOCKS.get() : ByteBuffer.allocate((int) Math.min(COPY_BLOCK, range.length()));
        try (FileChannel channel = FileChannel.open(file)) {
            long position = range.first();
            long remaining = range.length();
            while (remaining > 0) {
                block.clear().limit((int) Math.min(block.capacity(), remaining));
                int read = channel.read(block, position);
                if (read <= 0) {
                    break;
                }
                block.flip();
                if (direct) {
                    ((BufferWritableOutputStream) out).write(block);
                } else {
                    out.write(block.array(), 0, read);
                }
                position += read;
                remaining -= read;
            }
        }
    }
}
