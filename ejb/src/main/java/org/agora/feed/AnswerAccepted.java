package org.agora.feed;

/** The asker (or a group owner) accepted a comment as the answer to a question. Fired in that transaction. */
public record AnswerAccepted(long postId, long answerAuthorId, long acceptedById) {
}
