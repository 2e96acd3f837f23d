package org.agora.liveqa;

import java.util.List;

/**
 * Live Q&A sessions: executives schedule them, attendees ask and upvote, moderators (the host, moderators and
 * administrators) approve, merge and dismiss, and the host answers. Every change to a queue is numbered and pushed
 * to open pages once it commits.
 */
public interface LiveQa {

    /** Schedules a session hosted by the caller, who must be an executive. */
    SessionView schedule(SessionDraft draft);

    /** Sessions in one status: upcoming and live soonest first, finished newest first. */
    List<SessionView> sessions(SessionStatus status, int max);

    /** The sessions an executive hosts, newest first: their channel. */
    List<SessionView> hostedBy(long hostId);

    /** A session with its queue as the caller may see it. */
    SessionQueue session(long sessionId);

    /** Asks a question; in a moderated session it waits for approval. */
    QuestionView ask(long sessionId, String text, boolean anonymous);

    /** Upvotes a question once; a second upvote by the same employee changes nothing. */
    QuestionView upvote(long questionId);

    QuestionView approve(long questionId);

    /** Marks {@code duplicateId} a duplicate of {@code targetId}; its voters count once on the target. */
    QuestionView merge(long duplicateId, long targetId);

    QuestionView dismiss(long questionId);

    /** The host answers this question now; a question answered until now returns to the queue. */
    QuestionView answering(long questionId);

    /** The host has answered the question, optionally in writing. */
    QuestionView answered(long questionId, String answer);
}
