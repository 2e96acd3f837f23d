package org.agora.liveqa;

/** Where a session stands in time. */
public enum SessionStatus {
    UPCOMING, LIVE, FINISHED
}
