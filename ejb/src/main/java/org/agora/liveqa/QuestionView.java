package org.agora.liveqa;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbTransient;

/**
 * A question as one attendee may see it. For an anonymous question {@code askerId} is null and {@code askerName}
 * is {@link #ANONYMOUS}, for everyone, moderators and the host included.
 *
 * @param mine      asked by the employee looking at it
 * @param votedByMe the employee looking at it has upvoted it
 */
public record QuestionView(long id, long sessionId, String text, QuestionState state, int votes, boolean anonymous,
                           Long askerId, String askerName, Instant askedAt, String answerText, Instant answeredAt,
                           Long mergedIntoId, boolean mine, boolean votedByMe) {

    public static final String ANONYMOUS = "Anonymous";

    @JsonbTransient
    public boolean isAnswering() {
        return state == QuestionState.ANSWERING;
    }

    @JsonbTransient
    public boolean isAnswered() {
        return state == QuestionState.ANSWERED;
    }

    @JsonbTransient
    public boolean isPending() {
        return state == QuestionState.PENDING;
    }

    @JsonbTransient
    public boolean isOpen() {
        return state == QuestionState.OPEN;
    }

    @JsonbTransient
    public boolean isHidden() {
        return state == QuestionState.DISMISSED || state == QuestionState.MERGED;
    }
}
