package org.agora.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An employee's report that a post (or one of its comments) breaks the community policy. */
@Entity
@Table(name = "content_report")
public class ContentReport {

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_report_seq")
    @SequenceGenerator(name = "content_report_seq", sequenceName = "content_report_seq", allocationSize = 50)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private Long postId;

    /** Null when the report is about the post itself. */
    @Column(name = "comment_id")
    private Long commentId;

    @Column(name = "reporter_id", nullable = false)
    private Long reporterId;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected ContentReport() {
    }

    ContentReport(long postId, Long commentId, long reporterId, String reason, Instant createdAt) {
        this.postId = postId;
        this.commentId = commentId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = createdAt;
    }
}
