package org.agora.feed;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A poll as one employee sees it. Results are only given to those who voted, and to everyone once it closed:
 * until then each option's {@code votes} is 0, so that early results do not sway anyone.
 *
 * @param myChoices the options the employee voted for; empty if they have not voted
 * @param voters    how many colleagues voted
 */
public record PollView(long postId, List<Choice> options, boolean multiple, Instant closesAt, boolean open,
                       Set<Long> myChoices, long voters) {

    public record Choice(long id, String label, long votes) {
    }

    public boolean voted() {
        return !myChoices.isEmpty();
    }

    public boolean resultsShown() {
        return voted() || !open;
    }

    /** Share of the voters who chose an option, in whole percent. */
    public long percent(Choice choice) {
        return voters == 0 ? 0 : Math.round(100.0 * choice.votes() / voters);
    }
}
