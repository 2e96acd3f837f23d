package org.agora.liveqa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agora.people.Employee;

/**
 * A live Q&A session an executive hosts. Every change to its queue takes the next number of {@link #nextSeq()}, so
 * open pages can tell a missed change from one they already have.
 */
@Entity
@Table(name = "qa_session")
public class LiveSession {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_URL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_session_seq")
    @SequenceGenerator(name = "qa_session_seq", sequenceName = "qa_session_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_id", nullable = false)
    private Employee host;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "video_id")
    private Long videoId;

    @Column(name = "stream_url", length = MAX_URL)
    private String streamUrl;

    @Column(nullable = false)
    private boolean moderated;

    @Column(name = "anonymous_allowed", nullable = false)
    private boolean anonymousAllowed;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected LiveSession() {
    }

    public LiveSession(Employee host, SessionDraft draft, Instant createdAt) {
        this.host = host;
        this.title = draft.title().strip();
        this.description = draft.description() == null || draft.description().isBlank() ? null : draft.description().strip();
        this.startsAt = draft.startsAt();
        this.endsAt = draft.endsAt();
        this.videoId = draft.videoId();
        this.streamUrl = draft.streamUrl() == null || draft.streamUrl().isBlank() ? null : draft.streamUrl().strip();
        this.moderated = draft.moderated();
        this.anonymousAllowed = draft.anonymousAllowed();
        this.createdAt = createdAt;
    }

    /** Takes the number of the next change; the caller holds the session's lock. */
    public long nextSeq() {
        return ++lastSeq;
    }

    public SessionStatus statusAt(Instant now) {
        if (now.isBefore(startsAt)) {
            return SessionStatus.UPCOMING;
        }
        return now.isBefore(endsAt) ? SessionStatus.LIVE : SessionStatus.FINISHED;
    }

    public boolean isHostedBy(long employeeId) {
        return host.getId() == employeeId;
    }

    public Long getId() {
        return id;
    }

    public Employee getHost() {
        return host;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Long getVideoId() {
        return videoId;
    }

    public String getStreamUrl() {
        return streamUrl;
    }

    public boolean isModerated() {
        return moderated;
    }

    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
