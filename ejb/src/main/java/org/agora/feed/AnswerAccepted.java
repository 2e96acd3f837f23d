package org.agora.feed;

/**
 * The asker (or a group owner) chose which comment answers a question, or withdrew the choice ({@code commentId}
 * and {@code answerAuthorId} null). Fired in that transaction.
 *
 * @param previousCommentId the comment accepted before, now a plain comment again; null if there was none
 */
public record AnswerAccepted(long postId, Long commentId, Long previousCommentId, Long answerAuthorId,
                             long acceptedById) {
}
