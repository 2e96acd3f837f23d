package org.agora.video;

/** A video went on an executive's channel; fired in the publishing transaction. */
public record VideoPublished(long videoId, long executiveId, String title) {
}
