package org.agora.feed;

/**
 * A colleague commented on a post, or replied to a comment on it ({@code repliedToAuthorId} the author of that
 * comment, else null); fired inside the transaction that stored it.
 */
public record CommentWritten(long commentId, long postId, long postAuthorId, long commenterId, Long repliedToAuthorId) {
}
