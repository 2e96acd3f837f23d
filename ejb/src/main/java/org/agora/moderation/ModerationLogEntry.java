package org.agora.moderation;

import java.time.Instant;

/** A line of the moderation log. */
public record ModerationLogEntry(String moderatorName, ModerationAction.Decision decision, long postId, Long commentId,
                                 String authorName, String excerpt, String reason, Instant takenAt) {
}
