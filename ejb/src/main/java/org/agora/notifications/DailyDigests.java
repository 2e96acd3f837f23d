package org.agora.notifications;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.Role;

/**
 * Sends the e-mail digests that are due: to every active employee who wants one and has unread notices newer than
 * their last digest. Each digest is claimed and sent on its own, so one refused address stops nobody else's.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyDigests {

    private static final Logger LOG = Logger.getLogger(DailyDigests.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    EmployeeDigest digest;

    /** An operator's "send now": everything unread since each employee's last digest, however recent that was. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public int sendNow() {
        return sendDue(Instant.now());
    }

    /** Sends the digests of employees whose last digest was before {@code lastDigestBefore}; returns how many. */
    @PermitAll
    public int sendDue(Instant lastDigestBefore) {
        int sent = 0;
        int failed = 0;
        for (long employeeId : candidates(lastDigestBefore)) {
            try {
                if (digest.send(employeeId, lastDigestBefore)) {
                    sent++;
                }
            } catch (DigestNotSent e) {
                failed++;
                LOG.warning(() -> e.getMessage() + "; the next run tries again");
            } catch (EJBException e) {
                failed++;
                LOG.log(Level.WARNING, "Digest for employee " + employeeId + " not sent; the next run tries again", e);
            }
        }
        int sentCount = sent;
        int failedCount = failed;
        LOG.info(() -> "E-mail digests: " + sentCount + " sent" + (failedCount > 0 ? ", " + failedCount + " failed" : ""));
        return sent;
    }

    /** A first sieve in one query; each employee's digest checks their categories and claims the work itself. */
    private List<Long> candidates(Instant lastDigestBefore) {
        return em.createQuery("""
                        select distinct n.recipientId from Notification n, Employee e
                        where e.id = n.recipientId and e.active = true and n.readAt is null
                        and not exists (select s.employeeId from NotificationSettings s where s.employeeId = n.recipientId
                            and (s.dailyDigest = false or s.lastDigestAt >= :lastDigestBefore or s.lastDigestAt >= n.createdAt))""",
                        Long.class)
                .setParameter("lastDigestBefore", lastDigestBefore)
                .getResultList();
    }
}
