package org.agora.web.liveqa;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.liveqa.LiveQa;
import org.agora.liveqa.SessionStatus;
import org.agora.liveqa.SessionView;

/** The live Q&A sessions the leadership page lists: live now, upcoming, past, and each executive's channel. */
@Named
@RequestScoped
public class LiveSessionsView {

    private static final int LISTED = 20;
    private static final int IN_CHANNEL = 3;

    @Inject
    LiveQa liveQa;

    private final Map<SessionStatus, List<SessionView>> byStatus = new HashMap<>();
    private final Map<Long, List<SessionView>> byHost = new HashMap<>();

    public List<SessionView> getLive() {
        return byStatus.computeIfAbsent(SessionStatus.LIVE, status -> liveQa.sessions(status, LISTED));
    }

    public List<SessionView> getUpcoming() {
        return byStatus.computeIfAbsent(SessionStatus.UPCOMING, status -> liveQa.sessions(status, LISTED));
    }

    public List<SessionView> getPast() {
        return byStatus.computeIfAbsent(SessionStatus.FINISHED, status -> liveQa.sessions(status, LISTED));
    }

    public String when(Instant moment) {
        return SessionTimes.format(moment);
    }

    /** An executive's latest sessions, newest first: what their channel shows of live Q&A. */
    public List<SessionView> hostedBy(long hostId) {
        return byHost.computeIfAbsent(hostId, id -> liveQa.hostedBy(id).stream().limit(IN_CHANNEL).toList());
    }
}
