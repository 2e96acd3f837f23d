package org.agora.moderation;

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

/** One moderator decision, for the audit log: who did what to which content, and why. */
@Entity
@Table(name = "moderation_action")
public class ModerationAction {

    /** What a moderator decided; stored by name, so constants are only ever added. */
    public enum Decision { HIDE, DISMISS }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_action_seq")
    @SequenceGenerator(name = "moderation_action_seq", sequenceName = "moderation_action_seq", allocationSize = 50)
    private Long id;

    @Column(name = "moderator_id", nullable = false)
    private Long moderatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Decision action;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "comment_id")
    private Long commentId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(length = 500)
    private String reason;

    /** The start of the content, kept so the log reads on its own even if the content is later deleted. */
    @Column(nullable = false, length = 300)
    private String excerpt;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected ModerationAction() {
    }

    ModerationAction(long moderatorId, Decision action, long postId, Long commentId, long authorId, String reason,
                     String excerpt, Instant takenAt) {
        this.moderatorId = moderatorId;
        this.action = action;
        this.postId = postId;
        this.commentId = commentId;
        this.authorId = authorId;
        this.reason = reason;
        this.excerpt = excerpt;
        this.takenAt = takenAt;
    }
}
