package org.agora.feed;

import java.util.Locale;

/**
 * An attachment as pages and the REST API show it. An image has its size in pixels and is shown inline through
 * its thumbnail; a document is offered for download.
 */
public record AttachmentView(long id, String fileName, String mediaType, long sizeBytes, boolean image, Integer width,
                             Integer height) {

    public static AttachmentView of(Attachment attachment) {
        return new AttachmentView(attachment.getId(), attachment.getFileName(), attachment.getMediaType(),
                attachment.getSizeBytes(), attachment.isImage(), attachment.getWidth(), attachment.getHeight());
    }

    /** "840 KB", "2.4 MB": how big the download is, as people say it. */
    public String sizeLabel() {
        if (sizeBytes < 1024) {
            return sizeBytes + " bytes";
        }
        if (sizeBytes < 1024 * 1024) {
            return Math.round(sizeBytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
