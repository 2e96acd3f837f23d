package org.agora.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.search.SearchStatus;
import org.agora.search.internal.SearchHealth;

/** Checks the database and Elasticsearch for the health endpoint. */
@Stateless
@PermitAll
public class SystemHealth {

    static final String UP = "UP";
    static final String DOWN = "DOWN";

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchHealth searchHealth;

    public HealthReport check() {
        HealthReport.Check database = database();
        SearchStatus search = searchHealth.status();
        var searchCheck = new HealthReport.SearchCheck(search.available() ? UP : DOWN, search.pendingChanges(),
                search.oldestPendingAge().toSeconds());
        boolean allUp = UP.equals(database.status()) && search.available();
        return new HealthReport(allUp ? UP : DOWN, database, searchCheck);
    }

    private HealthReport.Check database() {
        long start = System.nanoTime();
        try {
            em.createNativeQuery("select 1").getSingleResult();
            return new HealthReport.Check(UP, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            return new HealthReport.Check(DOWN, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
