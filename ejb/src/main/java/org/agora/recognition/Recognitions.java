package org.agora.recognition;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.agora.feed.FeedCursor;

/** Colleagues recognising each other, and the recognition feed; every method acts as the signed-in employee. */
public interface Recognitions {

    int MAX_RECIPIENTS = 20;

    /**
     * Recognises colleagues with a badge of a running programme. Nobody recognises themselves; the badge's givers
     * rule and monthly allowance hold, also when the same giver gives in several windows at once.
     */
    RecognitionView give(RecognitionDraft draft);

    /**
     * The newest recognitions and milestones the employee may read, after {@code cursor}: the whole company's, or
     * those of people in {@code department}, or of members of the group {@code groupId}.
     */
    RecognitionPage feed(String department, Long groupId, FeedCursor cursor, int pageSize);

    /** What the readable ones among these posts celebrate, by post id: for recognitions shown in other feeds. */
    Map<Long, RecognitionView> ofPosts(Collection<Long> postIds);

    /**
     * The badges of running programmes, each saying whether the employee may give it and what is left of its
     * allowance this month.
     */
    List<BadgeView> badges();

    /** The badges an employee received, most received first, counting the recognitions the caller may read. */
    List<BadgeCount> badgesReceivedBy(long employeeId);

    /** The departments the company has, for the feed's filter. */
    List<String> departments();

    /** Whether the employee asked to be left out of HR's top givers and receivers. */
    boolean isLeftOutOfLeaderboards();

    void leaveOutOfLeaderboards(boolean leftOut);
}
