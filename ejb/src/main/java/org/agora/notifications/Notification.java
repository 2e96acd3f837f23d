package org.agora.notifications;

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

/** One thing an employee is told about: who did what, and whether they have seen it. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private NotificationKind kind;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(length = 200)
    private String detail;

    /** The post the notice is about, which it opens; null for notices about the employee themselves. */
    @Column(name = "post_id")
    private Long postId;

    /** The group the notice is about, which it opens: an invitation, a request to join. */
    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(long recipientId, NotificationKind kind, Long actorId, String detail) {
        this(recipientId, kind, actorId, detail, null);
    }

    Notification(long recipientId, NotificationKind kind, Long actorId, String detail, Long postId) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.actorId = actorId;
        this.detail = detail;
        this.postId = postId;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getDetail() {
        return detail;
    }

    static Notification aboutGroup(long recipientId, NotificationKind kind, long actorId, long groupId) {
        Notification notification = new Notification(recipientId, kind, actorId, null, null);
        notification.groupId = groupId;
        return notification;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getPostId() {
        return postId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
