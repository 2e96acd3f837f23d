package org.agora.notifications;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.groups.CommunityGroup;
import org.agora.people.Employee;

/**
 * One employee's digest, in a transaction of its own: claims it in the database, then mails it. The claim is a
 * conditional update of the last digest's time, so of two nodes (or two runs) only one sends it; a failed send
 * rolls the claim back, and the next run tries again.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EmployeeDigest {

    /** Lines listed in one e-mail; the rest is counted, and waits in the bell. */
    static final int LISTED = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    DigestMail mail;

    /**
     * Sends the employee their unread notices since their last digest, in the categories they accept by e-mail,
     * unless they have had a digest since {@code lastDigestBefore}; true if a digest was sent.
     */
    public boolean send(long employeeId, Instant lastDigestBefore) {
        Employee employee = em.find(Employee.class, employeeId);
        if (employee == null || !employee.isActive()) {
            return false;
        }
        NotificationSettings settings = em.find(NotificationSettings.class, employeeId);
        Instant previous = settings == null ? null : settings.getLastDigestAt();
        if (settings != null && !settings.wantsDailyDigest()
                || previous != null && !previous.isBefore(lastDigestBefore)) {
            return false;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Set<NotificationKind> kinds = settings == null ? EnumSet.allOf(NotificationKind.class) : settings.kindsInDigest();
        if (kinds.isEmpty()) {
            return false;
        }
        List<NotificationView> unread = unread(employeeId, kinds, previous == null ? Instant.EPOCH : previous, now);
        if (unread.isEmpty() || !claim(employeeId, settings, previous, now)) {
            return false;
        }
        mail.send(new Digest(employee.getEmail(), employee.getFullName(),
                unread.subList(0, Math.min(LISTED, unread.size())), unread.size()));
        return true;
    }

    private List<NotificationView> unread(long employeeId, Set<NotificationKind> kinds, Instant after, Instant until) {
        return em.createQuery("""
                        select n, a, g from Notification n left join Employee a on a.id = n.actorId
                        left join CommunityGroup g on g.id = n.groupId
                        where n.recipientId = :me and n.readAt is null and n.kind in :kinds
                        and n.createdAt > :after and n.createdAt <= :until
                        order by n.createdAt desc, n.id desc""", Object[].class)
                .setParameter("me", employeeId)
                .setParameter("kinds", kinds)
                .setParameter("after", after)
                .setParameter("until", until)
                .getResultStream()
                .map(row -> Notifications.view((Notification) row[0], (Employee) row[1], (CommunityGroup) row[2]))
                .toList();
    }

    /** Moves the last digest's time from what this run read to now; false if another run got there first. */
    private boolean claim(long employeeId, NotificationSettings settings, Instant previous, Instant now) {
        if (settings == null) {
            // a concurrent first claim fails on the primary key and rolls this transaction back
            em.persist(NotificationSettings.digestedAt(employeeId, now));
            em.flush();
            return true;
        }
        String unchanged = previous == null ? "s.lastDigestAt is null" : "s.lastDigestAt = :previous";
        var update = em.createQuery("update NotificationSettings s set s.lastDigestAt = :now where s.employeeId = :employee and "
                        + unchanged)
                .setParameter("now", now)
                .setParameter("employee", employeeId);
        if (previous != null) {
            update.setParameter("previous", previous);
        }
        return update.executeUpdate() == 1;
    }
}
