package org.agora.feed;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Voting in polls; every method acts as the signed-in employee, on polls they may read. */
public interface Polls {

    /** Votes for one option, or several where the poll allows; a vote is final, and a closed poll takes none. */
    PollView vote(long postId, List<Long> optionIds);

    PollView poll(long postId);

    /** The polls among these posts that the employee may read, by post id, in a few queries whatever their number. */
    Map<Long, PollView> pollsOf(Collection<Long> postIds);
}
