package org.agora.notifications;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.groups.CommunityGroup;
import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.people.Employee;

/** The bell: every method reads or changes only the signed-in employee's own notifications. */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class Notifications {

    static final int LATEST = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    public long unreadCount() {
        return em.createQuery("select count(n) from Notification n where n.recipientId = :me and n.readAt is null",
                        Long.class)
                .setParameter("me", currentEmployee.id())
                .getSingleResult();
    }

    /** The latest notifications, newest first, with the unread count as it was before this look. */
    public NotificationInbox inbox() {
        List<NotificationView> latest = em.createQuery("""
                        select n, a, g from Notification n left join Employee a on a.id = n.actorId
                        left join CommunityGroup g on g.id = n.groupId
                        where n.recipientId = :me order by n.createdAt desc, n.id desc""", Object[].class)
                .setParameter("me", currentEmployee.id())
                .setMaxResults(LATEST)
                .getResultStream()
                .map(row -> view((Notification) row[0], (Employee) row[1], (CommunityGroup) row[2]))
                .toList();
        return new NotificationInbox(unreadCount(), latest);
    }

    /** Marks everything the employee has been told so far as seen. */
    public void markAllRead() {
        em.createQuery("update Notification n set n.readAt = :now where n.recipientId = :me and n.readAt is null")
                .setParameter("now", Instant.now())
                .setParameter("me", currentEmployee.id())
                .executeUpdate();
    }

    /** The notice as the bell words it; the e-mail digest uses the same sentences. */
    static NotificationView view(Notification notification, Employee actor, CommunityGroup group) {
        String actorName = actor == null ? "Someone" : actor.getFullName();
        String text = switch (notification.getKind()) {
            case ENDORSEMENT -> actorName + " endorsed you for " + notification.getDetail() + ".";
            case COMMENT -> actorName + " commented on your post.";
            case REPLY -> actorName + " replied to your comment.";
            case REACTION -> actorName + " reacted to your post.";
            case GROUP_INVITATION -> actorName + " invited you to join " + groupName(group) + ".";
            case JOIN_REQUEST -> actorName + " asks to join " + groupName(group) + ".";
            case JOIN_APPROVED -> actorName + " let you into " + groupName(group) + ".";
            case MENTION -> actorName + (MentionNotices.IN_COMMENT.equals(notification.getDetail())
                    ? " mentioned you in a comment." : " mentioned you in a post.");
            case ANSWER_ACCEPTED -> actorName + " accepted your answer.";
            case NEW_VIDEO -> actorName + " published a video: " + notification.getDetail();
            case RECOGNISED -> actorName + " recognised you with " + notification.getDetail() + ".";
            case REPORT_RECOGNISED -> actorName + " recognised " + notification.getDetail() + ".";
            case CONTENT_HIDDEN -> "A moderator hid something you wrote, under the community policy: "
                    + notification.getDetail();
        };
        Long linked = notification.getPostId() == null && group == null ? notification.getRecipientId() : null;
        return new NotificationView(notification.getId(), notification.getKind(), text,
                actor == null ? null : actor.getId(), actor == null ? "?" : actor.initials(),
                actor == null ? null : actor.getPhotoVersion(), linked, notification.getPostId(), group == null ? null : group.getSlug(), notification.getCreatedAt(),
                notification.isRead());
    }

    private static String groupName(CommunityGroup group) {
        return group == null ? "a group" : group.getName();
    }
}
