package org.agora.search;

import org.agora.feed.Audience;

import java.util.List;

/**
 * A piece of content as the {@code content} index stores it: a post, or a comment on one ({@code postId} is where a
 * hit leads either way), or a live Q&A session with its questions and answers ({@code postId} is then the session's
 * id, type {@code LIVE_QA}).
 *
 * @param readableBy     who may see it: {@code everyone}, or {@code group-<id>} for the members of a group; queries
 *                       filter on it, so membership changes apply without reindexing
 * @param attachmentText what the post's documents say, extracted when they were uploaded
 * @param tagSuggest     the hashtags again, for the top bar's completion, suggested only within {@code readableBy}
 */
public record ContentDocument(String type, long postId, String body, List<String> attachmentNames,
                              String attachmentText, List<String> tags, List<String> tagSuggest, String authorId,
                              String authorName, String authorDepartment, String groupId, String groupName,
                              List<String> readableBy, String createdAt) {

    public static final String EVERYONE = Audience.EVERYONE;
    private static final String COMMENT = "comment-";
    private static final String LIVE_SESSION = "liveqa-";

    public static String readableByMembersOf(long groupId) {
        return Audience.groupMembers(groupId);
    }

    public static String postId(long postId) {
        return "post-" + postId;
    }

    public static String commentId(long commentId) {
        return COMMENT + commentId;
    }

    public static String liveSessionId(long sessionId) {
        return LIVE_SESSION + sessionId;
    }

    /** The comment a document id names; null for a post's. */
    public static Long commentIdOf(String documentId) {
        return documentId.startsWith(COMMENT) ? Long.valueOf(documentId.substring(COMMENT.length())) : null;
    }
}
