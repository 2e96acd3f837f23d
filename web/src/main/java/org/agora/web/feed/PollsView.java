package org.agora.web.feed;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.feed.PollView;
import org.agora.feed.Polls;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;

/** The polls among the posts of a page, read all at once, and the employee's vote in them. */
@Named
@ViewScoped
public class PollsView implements Serializable {

    @Inject
    Polls polls;

    private final Map<Long, PollView> read = new HashMap<>();
    private final Set<Long> asked = new HashSet<>();
    /** The option chosen in a single-choice poll, by post. */
    private final Map<Long, Long> single = new HashMap<>();
    /** The options ticked in a multiple-choice poll, by option. */
    private final Map<Long, Boolean> ticked = new HashMap<>();

    /** The poll of a post, reading the polls of every post shown at once on first use. */
    public PollView poll(long postId, List<Long> shownPostIds) {
        if (!asked.contains(postId)) {
            List<Long> batch = shownPostIds.stream().filter(id -> !asked.contains(id)).toList();
            List<Long> ids = batch.contains(postId) ? batch : List.of(postId);
            read.putAll(polls.pollsOf(ids));
            asked.addAll(ids);
        }
        return read.get(postId);
    }

    public void vote(long postId) {
        PollView poll = read.get(postId);
        List<Long> chosen = poll == null ? List.of() : poll.multiple()
                ? poll.options().stream().map(PollView.Choice::id).filter(id -> Boolean.TRUE.equals(ticked.get(id))).toList()
                : single.get(postId) == null ? List.of() : List.of(single.get(postId));
        try {
            read.put(postId, polls.vote(postId, chosen));
        } catch (InvalidInputException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public Map<Long, Long> getSingle() {
        return single;
    }

    public Map<Long, Boolean> getTicked() {
        return ticked;
    }
}
