package org.agora.video;

/**
 * What the publisher fills in once the upload is complete.
 *
 * @param executiveId whose channel it goes to: an executive's who delegated to the publisher; null for their own
 * @param tags        words, separated by spaces or commas, that become the post's hashtags
 * @param captionsVtt WebVTT, or null for none
 */
public record VideoDraft(String uploadId, Long executiveId, String title, String description, String tags,
                         String captionsVtt) {
}
