package org.agora.liveqa;

import java.util.List;

/**
 * A session with its queue as the caller may see it: the question being answered first, then open questions by
 * votes, then answered ones; pending questions for moderators and their askers, dismissed and merged ones for
 * moderators only.
 *
 * @param lastSeq    the number of the newest change included; live updates continue after it
 * @param moderating the caller may approve, merge and dismiss
 * @param hosting    the caller hosts the session and marks questions answered
 * @param asking     questions may still be asked
 */
public record SessionQueue(SessionView session, List<QuestionView> questions, long lastSeq, boolean moderating,
                           boolean hosting, boolean asking) {
}
