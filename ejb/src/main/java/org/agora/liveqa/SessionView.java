package org.agora.liveqa;

import java.time.Instant;

/** A session as lists and the session page show it. */
public record SessionView(long id, String title, String description, Instant startsAt, Instant endsAt,
                          SessionStatus status, long hostId, String hostName, String hostTitle, String hostInitials,
                          Long videoId, String streamUrl, boolean moderated, boolean anonymousAllowed,
                          long questions) {

    public boolean isLive() {
        return status == SessionStatus.LIVE;
    }

    public boolean isFinished() {
        return status == SessionStatus.FINISHED;
    }
}
