package org.agora.feed;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Files for posts. An author uploads while writing, then publishes the post with the uploads' ids
 * ({@link PostDraft#attachmentIds()}); an upload never published is discarded after a day.
 */
public interface Attachments {

    /** At most this many files per post. */
    int MAX_PER_POST = 10;

    /**
     * Keeps an upload for the caller's next post. What the file is comes from its bytes: pictures (JPEG, PNG, GIF)
     * become images shown inline, PDF, office documents and plain text become downloads, anything else is refused.
     */
    AttachmentView upload(String fileName, InputStream content);

    /** Drops one of the caller's uploads that is not published yet. */
    void discard(long attachmentId);

    /** The file, or its thumbnail, if the caller may read the post it belongs to (or uploaded it); else not found. */
    StoredFile open(long attachmentId, boolean thumbnail);

    /** Bytes on disk and how to serve them. */
    record StoredFile(Path path, String mediaType, String fileName, boolean image) {
    }
}
