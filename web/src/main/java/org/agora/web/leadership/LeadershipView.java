package org.agora.web.leadership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.liveqa.LiveQa;
import org.agora.liveqa.SessionStatus;
import org.agora.liveqa.SessionView;
import org.agora.people.PeopleDirectory;
import org.agora.people.PersonSummary;

/** Backs the leadership page: the executives, and their live Q&A sessions: live now, upcoming and past. */
@Named
@RequestScoped
public class LeadershipView {

    @Inject
    PeopleDirectory directory;

    @Inject
    LiveQa liveQa;

    private List<PersonSummary> executives;
    private List<SessionView> live;
    private List<SessionView> upcoming;
    private List<SessionView> past;
    private final Map<Long, List<SessionView>> hosted = new HashMap<>();

    public List<PersonSummary> getExecutives() {
        if (executives == null) {
            executives = directory.executives();
        }
        return executives;
    }

    /** An executive's channel of live Q&A sessions, newest first, the latest few. */
    public List<SessionView> sessionsOf(long hostId) {
        return hosted.computeIfAbsent(hostId, id -> liveQa.hostedBy(id).stream().limit(3).toList());
    }

    public List<SessionView> getLiveSessions() {
        if (live == null) {
            live = liveQa.sessions(SessionStatus.LIVE, 20);
        }
        return live;
    }

    public List<SessionView> getUpcomingSessions() {
        if (upcoming == null) {
            upcoming = liveQa.sessions(SessionStatus.UPCOMING, 20);
        }
        return upcoming;
    }

    public List<SessionView> getPastSessions() {
        if (past == null) {
            past = liveQa.sessions(SessionStatus.FINISHED, 20);
        }
        return past;
    }
}
