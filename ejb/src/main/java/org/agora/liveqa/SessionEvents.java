package org.agora.liveqa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

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
