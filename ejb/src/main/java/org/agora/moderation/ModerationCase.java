package org.agora.moderation;

import java.time.Instant;
import java.util.List;

/** Reported content waiting for a moderator: what it says, where, and every reason given. */
public record ModerationCase(long postId, Long commentId, long authorId, String authorName, String groupName,
                             String excerpt, long reports, List<String> reasons, Instant firstReportedAt) {

    public boolean aboutComment() {
        return commentId != null;
    }
}
