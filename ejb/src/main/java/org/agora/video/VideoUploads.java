package org.agora.video;

import java.io.InputStream;

/**
 * Receives a video in pieces, each a request of its own, so that no request is larger than the server accepts and an
 * interrupted upload resumes where it stopped. Every method acts as the signed-in employee, who must be allowed to
 * publish videos; an upload is only ever seen by the one who started it.
 */
public interface VideoUploads {

    /** Starts an upload of {@code sizeBytes}; refused when that is over the limit, before any byte is sent. */
    UploadStarted begin(String fileName, long sizeBytes);

    /**
     * Appends the piece that starts at {@code offset}; returns how many bytes are there now. A piece that would go past
     * the announced size is refused, and a piece cut short leaves the upload where it was before it.
     */
    long append(String uploadId, long offset, InputStream piece);

    /** How many bytes have arrived, to resume from there. */
    long received(String uploadId);

    /** Abandons the upload and deletes what arrived. */
    void cancel(String uploadId);
}
