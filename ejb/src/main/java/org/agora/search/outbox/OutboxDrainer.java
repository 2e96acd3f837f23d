package org.agora.search.outbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.agora.search.SearchIndex;
import org.agora.search.internal.SearchIndices;

/**
 * Sends outbox entries to Elasticsearch in bulk, about once a second. Idempotent: each document is built from the
 * database when sent and carries an external version taken just before it was read, so a resend, or an older read
 * arriving late, is a harmless conflict. While an index is being rebuilt, every change goes to the new index too.
 * Failures stay in the outbox and are retried with backoff; nothing is lost while Elasticsearch is down.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDrainer {

    static final int BATCH_SIZE = 500;
    private static final Logger LOG = Logger.getLogger(OutboxDrainer.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxStore store;

    @Inject
    SearchIndices indices;

    @Inject
    ElasticsearchClient client;

    @Inject
    DocumentSources sources;

    private ScheduledFuture<?> schedule;
    private volatile boolean searchWasDown;

    @PostConstruct
    void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::drainQuietly, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    private void drainQuietly() {
        try {
            while (drainBatch() == BATCH_SIZE) {
                // a full batch means more is waiting: keep going without the pause
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search outbox drain failed; will retry", e);
        }
    }

    /** Sends one batch of due entries; returns how many were sent, 0 when Elasticsearch could not be reached. */
    int drainBatch() {
        if (!indicesReady()) {
            return 0;
        }
        // an alias never moves while a batch is on its way, so no change is written to an index just replaced
        return indices.whileAliasesStay(this::sendDue);
    }

    private int sendDue() {
        List<OutboxEntry> due = store.due(BATCH_SIZE);
        if (due.isEmpty()) {
            return 0;
        }
        Rebuilt rebuilt = rebuildDocuments(due);
        List<BulkWrite> writes = writes(due, rebuilt);
        try {
            // requireAlias: a missing alias must fail, not auto-create an index with guessed mappings
            BulkResponse response = client.bulk(b -> b.requireAlias(true)
                    .operations(writes.stream().map(BulkWrite::operation).toList()));
            settle(BulkOutcome.of(writes, response.items()));
            if (searchWasDown) {
                searchWasDown = false;
                LOG.info("Elasticsearch is reachable again; sending the search outbox");
            }
        } catch (IOException | RuntimeException e) {
            if (!searchWasDown) {
                searchWasDown = true;
                LOG.warning(() -> "Elasticsearch unreachable (" + e.getMessage() + "); " + due.size()
                        + " changes wait in the search outbox");
            }
            Map<Long, String> errors = new HashMap<>();
            due.forEach(entry -> errors.put(entry.getId(), String.valueOf(e.getMessage())));
            store.failed(errors);
            return 0;
        }
        return due.size();
    }

    /**
     * Every index exists behind its alias before anything is sent, and a new mapping version replaces the old one
     * soon after start-up, not at the first search.
     */
    private boolean indicesReady() {
        try {
            for (SearchIndex index : SearchIndex.values()) {
                indices.ensureReady(index);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            if (!searchWasDown) {
                searchWasDown = true;
                LOG.warning(() -> "Elasticsearch unreachable (" + e.getMessage() + "); changes wait in the search outbox");
            }
            return false;
        }
    }

    /**
     * Documents built from the database for one batch, by outbox entry id; an entry whose document is gone has none.
     *
     * @param version taken before the database was read, so a document read later always carries a higher one
     */
    private record Rebuilt(Map<Long, Object> documents, long version) {
    }

    /** Documents for the entries recorded without one, built now in one query per index: the newest committed state. */
    private Rebuilt rebuildDocuments(List<OutboxEntry> due) {
        long version = DocumentClock.next();
        Map<SearchIndex, List<OutboxEntry>> byIndex = due.stream()
                .filter(entry -> entry.getOperation() == OutboxEntry.Operation.INDEX && entry.getPayload() == null)
                .collect(Collectors.groupingBy(OutboxEntry::getIndex));
        Map<Long, Object> documents = new HashMap<>();
        byIndex.forEach((index, entries) -> {
            Map<String, Object> current = sources.of(index).currentDocuments(
                    entries.stream().map(OutboxEntry::getDocumentId).collect(Collectors.toSet()));
            entries.stream().filter(entry -> current.containsKey(entry.getDocumentId()))
                    .forEach(entry -> documents.put(entry.getId(), current.get(entry.getDocumentId())));
        });
        return new Rebuilt(documents, version);
    }

    /**
     * Each entry is written to every target of its index: the alias, and while a rebuild runs, the index being
     * rebuilt, so that a change committed after the rebuild read its document still reaches the new index.
     */
    private List<BulkWrite> writes(List<OutboxEntry> due, Rebuilt rebuilt) {
        List<BulkWrite> writes = new ArrayList<>();
        for (OutboxEntry entry : due) {
            for (String target : indices.writeTargets(entry.getIndex())) {
                writes.add(new BulkWrite(entry.getId(), entry.getIndex(), operation(entry, target, rebuilt)));
            }
        }
        return writes;
    }

    /** Entries carry a payload and their entity's version only when recorded by an earlier release of Agora. */
    private BulkOperation operation(OutboxEntry entry, String target, Rebuilt rebuilt) {
        if (entry.getOperation() == OutboxEntry.Operation.DELETE) {
            return VersionedWrites.delete(target, entry.getDocumentId(), entry.getDocumentVersion());
        }
        if (entry.getPayload() != null) {
            return VersionedWrites.index(target, entry.getDocumentId(), entry.getPayload(), entry.getDocumentVersion());
        }
        Object document = rebuilt.documents().get(entry.getId());
        return document == null ? VersionedWrites.delete(target, entry.getDocumentId(), rebuilt.version())
                : VersionedWrites.index(target, entry.getDocumentId(), document, rebuilt.version());
    }

    private void settle(BulkOutcome outcome) {
        outcome.missingIndices().forEach(indices::forget);
        store.completed(outcome.done());
        if (!outcome.failed().isEmpty()) {
            LOG.warning(() -> outcome.failed().size() + " search documents were refused: "
                    + outcome.failed().values().iterator().next());
            store.failed(outcome.failed());
        }
    }
}
