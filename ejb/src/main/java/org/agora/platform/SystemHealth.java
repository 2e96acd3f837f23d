package org.agora.platform;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.agora.search.SearchStatus;
import org.agora.search.SearchHealth;

/** Checks the database and Elasticsearch for the health endpoint. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SystemHealth {

    static final String UP = "UP";
    static final String DOWN = "DOWN";

    @Resource(lookup = "java:jboss/datasources/AgoraDS")
    DataSource dataSource;

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
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String status = connection.isValid(2) ? UP : DOWN;
            return new HealthReport.Check(status, product, (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            return new HealthReport.Check(DOWN, null, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
