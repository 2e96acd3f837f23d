package org.agora.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of the audit log. Written once, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    static final int MAX_DETAILS = 1000;
    static final int MAX_SUBJECT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(length = 80)
    private String actor;

    @Column(length = MAX_SUBJECT)
    private String subject;

    @Column(length = MAX_DETAILS)
    private String details;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    protected AuditEvent() {
    }

    AuditEvent(AuditAction action, String actor, String subject, String details, String remoteAddress) {
        this.occurredAt = Instant.now();
        this.action = action;
        this.actor = actor;
        this.subject = clip(subject, MAX_SUBJECT);
        this.details = clip(details, MAX_DETAILS);
        this.remoteAddress = remoteAddress;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetails() {
        return details;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
