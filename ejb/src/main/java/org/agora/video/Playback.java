package org.agora.video;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One viewing of a video: it starts when the viewer presses play and records how much they have watched. */
@Entity
@Table(name = "video_view")
public class Playback {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "video_view_seq")
    @SequenceGenerator(name = "video_view_seq", sequenceName = "video_view_seq", allocationSize = 50)
    private Long id;

    @Column(name = "video_id", nullable = false)
    private long videoId;

    @Column(name = "viewer_id", nullable = false)
    private long viewerId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "watched_ms", nullable = false)
    private long watchedMs;

    protected Playback() {
    }

    public Playback(long videoId, long viewerId, Instant startedAt) {
        this.videoId = videoId;
        this.viewerId = viewerId;
        this.startedAt = startedAt;
    }

    public Long getId() {
        return id;
    }

    public long getVideoId() {
        return videoId;
    }

    public long getViewerId() {
        return viewerId;
    }

    /** Watched time only grows, and never beyond the film: a player's late or repeated report changes nothing. */
    public void watched(long milliseconds, Long durationMs) {
        long capped = durationMs == null ? milliseconds : Math.min(milliseconds, durationMs);
        watchedMs = Math.max(watchedMs, Math.max(0, capped));
    }
}
