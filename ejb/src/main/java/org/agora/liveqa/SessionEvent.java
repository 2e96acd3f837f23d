package org.agora.liveqa;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One numbered change of a session's queue, as the JSON message open pages receive: what every attendee is told,
 * and what moderators are told when it differs (a question waiting for approval, a dismissed one).
 */
@Entity
@Table(name = "qa_event")
public class SessionEvent {

    @Embeddable
    public record Key(@Column(name = "session_id") Long sessionId, @Column(name = "seq") Long seq)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false, length = 65536)
    private String payload;

    @Column(name = "moderator_payload", length = 65536)
    private String moderatorPayload;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected SessionEvent() {
    }

    public SessionEvent(long sessionId, long seq, String payload, String moderatorPayload, Instant occurredAt) {
        this.key = new Key(sessionId, seq);
        this.payload = payload;
        this.moderatorPayload = payload.equals(moderatorPayload) ? null : moderatorPayload;
        this.occurredAt = occurredAt;
    }

    public long sessionId() {
        return key.sessionId();
    }

    public long seq() {
        return key.seq();
    }

    /** The message for one attendee. */
    public String messageFor(boolean moderator) {
        return moderator && moderatorPayload != null ? moderatorPayload : payload;
    }

    public String getPayload() {
        return payload;
    }

    public String getModeratorPayload() {
        return moderatorPayload;
    }
}
