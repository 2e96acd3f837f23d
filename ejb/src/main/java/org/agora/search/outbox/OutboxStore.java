package org.agora.search.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.agora.search.SearchIndex;

/** The outbox table, each call in a transaction of its own so that the drainer never holds one open. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    /** Hibernate's hint: entities loaded only to be read, with no snapshot kept for change tracking. */
    private static final String READ_ONLY = "org.hibernate.readOnly";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/AgoraDS")
    DataSource dataSource;

    /** Entries due now with an id above {@code afterId}, lowest id first. */
    public List<OutboxEntry> due(long afterId, int limit) {
        return em.createQuery("""
                        select e from OutboxEntry e where e.id > :after and e.nextAttemptAt <= :now order by e.id""",
                        OutboxEntry.class)
                .setParameter("after", afterId)
                .setParameter("now", Instant.now())
                // only read: no snapshots kept, nothing checked for changes at commit
                .setHint(READ_ONLY, true)
                .setMaxResults(limit)
                .getResultList();
    }

    public void completed(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("delete from OutboxEntry e where e.id in :ids").setParameter("ids", ids).executeUpdate();
        }
    }

    /** Schedules the next attempt of each failed entry, with the reason it failed. */
    public void failed(Map<Long, String> errorsById) {
        Instant now = Instant.now();
        errorsById.forEach((id, error) -> {
            OutboxEntry entry = em.find(OutboxEntry.class, id);
            if (entry != null) {
                entry.failed(error, now);
            }
        });
    }

    /**
     * Has PostgreSQL sample the outbox table afresh. A queue table swings from empty to a large backlog in one commit;
     * planned with the statistics of the empty table, the due query and the delete scan every row for each batch,
     * and the drain slows down with the square of the backlog. H2 reads an id range from the primary key whatever
     * it knows of the table, so it needs none.
     */
    public void refreshStatistics() {
        if (onPostgres()) {
            em.createNativeQuery("analyze search_outbox").executeUpdate();
        }
    }

    private boolean onPostgres() {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new PersistenceException("Cannot tell which database holds the search outbox", e);
        }
    }

    public OutboxBacklog backlog() {
        Object[] row = em.createQuery("select count(e), min(e.createdAt) from OutboxEntry e", Object[].class)
                .getSingleResult();
        long pending = ((Number) row[0]).longValue();
        Instant oldest = (Instant) row[1];
        return new OutboxBacklog(pending, oldest == null ? Duration.ZERO : Duration.between(oldest, Instant.now()));
    }

    /** The backlog of each index that has one. */
    public Map<SearchIndex, OutboxBacklog> backlogByIndex() {
        Instant now = Instant.now();
        Map<SearchIndex, OutboxBacklog> backlogs = new EnumMap<>(SearchIndex.class);
        em.createQuery("select e.index, count(e), min(e.createdAt) from OutboxEntry e group by e.index", Object[].class)
                .getResultStream()
                .forEach(row -> backlogs.put((SearchIndex) row[0],
                        new OutboxBacklog(((Number) row[1]).longValue(), Duration.between((Instant) row[2], now))));
        return backlogs;
    }
}
