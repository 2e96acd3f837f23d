package org.agora.liveqa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.agora.identity.CallerAccounts;
import org.agora.identity.Role;

/**
 * What a session's live connection needs outside any request: who hosts it, and the changes a reconnecting page
 * missed, in number order.
 */
@ApplicationScoped
public class SessionEvents {

    /** More than this many missed changes and a page reloads the whole queue instead. */
    public static final int MAX_REPLAY = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts accounts;

    /** Who is connecting to a session's live queue; empty when there is no such session or no such employee. */
    public Optional<Attendee> attendee(long sessionId, String callerName) {
        Optional<Long> host = hostOf(sessionId);
        Optional<Long> employeeId = callerName == null ? Optional.empty() : accounts.employeeIdOf(callerName);
        if (host.isEmpty() || employeeId.isEmpty()) {
            return Optional.empty();
        }
        boolean moderator = host.get().equals(employeeId.get()) || !em.createQuery("""
                        select r from Account a join a.roles r
                        where a.employee.id = :employee and r in :moderating""", Role.class)
                .setParameter("employee", employeeId.get())
                .setParameter("moderating", List.of(Role.MODERATOR, Role.ADMIN))
                .setMaxResults(1)
                .getResultList().isEmpty();
        return Optional.of(new Attendee(employeeId.get(), moderator));
    }

    /** An employee on a session's live queue; moderators also hear of questions waiting for approval or dismissed. */
    public record Attendee(long employeeId, boolean moderator) {
    }

    /** The host of a session; empty when there is no such session. */
    public Optional<Long> hostOf(long sessionId) {
        return em.createQuery("select s.host.id from LiveSession s where s.id = :id", Long.class)
                .setParameter("id", sessionId)
                .getResultStream().findFirst();
    }

    /** The changes numbered after {@code afterSeq} up to {@code untilSeq} (inclusive; null for all), oldest first. */
    public List<SessionEvent> between(long sessionId, long afterSeq, Long untilSeq) {
        TypedQuery<SessionEvent> query = em.createQuery("select e from SessionEvent e"
                        + " where e.key.sessionId = :session and e.key.seq > :after"
                        + (untilSeq == null ? "" : " and e.key.seq <= :until") + " order by e.key.seq", SessionEvent.class)
                .setParameter("session", sessionId)
                .setParameter("after", afterSeq);
        if (untilSeq != null) {
            query.setParameter("until", untilSeq);
        }
        return query.setMaxResults(MAX_REPLAY).getResultList();
    }
}
