package org.agora.web.liveqa;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.liveqa.LiveQa;
import org.agora.liveqa.QuestionState;
import org.agora.liveqa.SessionQueue;
import org.agora.liveqa.SessionView;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;

/**
 * A live Q&A session's page ({@code leadership/live.xhtml?id=}): rendered with the queue as it stands, then kept
 * live by {@code live-qa.js}, which continues after the change number the page was rendered at.
 */
@Named
@RequestScoped
public class LiveSessionPageView {

    @Inject
    LiveQa liveQa;

    private Long id;
    private SessionQueue queue;

    public void load() {
        if (queue != null) {
            return;
        }
        try {
            queue = liveQa.session(id == null ? -1 : id);
        } catch (NotFoundException e) {
            Messages.error("This live Q&A session does not exist.");
        }
    }

    public SessionQueue getQueue() {
        return queue;
    }

    public SessionView getSession() {
        return queue == null ? null : queue.session();
    }

    public String when(Instant moment) {
        return SessionTimes.format(moment);
    }

    /** The words a question's state goes by on the page. */
    public String stateLabel(QuestionState state) {
        return switch (state) {
            case PENDING -> "Waiting for approval";
            case OPEN -> "In the queue";
            case ANSWERING -> "Answering now";
            case ANSWERED -> "Answered";
            case DISMISSED -> "Dismissed";
            case MERGED -> "Merged";
        };
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
