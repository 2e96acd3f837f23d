package org.agora.liveqa;

/** A session's searchable text changed (scheduled, a question asked, approved, dismissed, merged or answered). */
public record LiveSessionChanged(long sessionId) {
}
