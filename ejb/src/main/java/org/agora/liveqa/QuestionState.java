package org.agora.liveqa;

/** Where a question stands in a session's queue. */
public enum QuestionState {
    /** Waiting for a moderator in a moderated session: seen by moderators and the asker only. */
    PENDING,
    /** In the queue, open to votes. */
    OPEN,
    /** The host is answering it now; one at a time. */
    ANSWERING,
    ANSWERED,
    /** Taken out by a moderator: seen by moderators only. */
    DISMISSED,
    /** A duplicate of another question, which took its votes. */
    MERGED;

    /** Whether every attendee sees a question in this state. */
    public boolean isPublic() {
        return this == OPEN || this == ANSWERING || this == ANSWERED;
    }
}
