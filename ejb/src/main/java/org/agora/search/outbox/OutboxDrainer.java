package org.agora.search.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import org.agora.search.SearchIndex;
import org.agora.search.internal.SearchIndices;

/**
 * Sends outbox entries to Elasticsearch in bulk, about once a second. Idempotent: documents carry their
 * entity version as an external version, so a resend or an older change arriving late is a harmless conflict.
 * Failures stay in the outbox and are retried with backoff; nothing is lost while Elasticsearch is down.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDrainer {

    static final int BATCH_SIZE = 500;
    private static final int VERSION_CONFLICT = 409;
    private static final String INDEX_MISSING = "index_not_found_exception";
    private static final Logger LOG = Logger.getLogger(OutboxDrainer.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxStore store;

    @Inject
    SearchIndices indices;

    @Inject
    ElasticsearchClient client;

    @Inject
    @Any
    Instance<DocumentSource> sources;

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
        List<OutboxEntry> due = store.due(BATCH_SIZE);
        if (due.isEmpty()) {
            return 0;
        }
        Rebuilt rebuilt = rebuildDocuments(due);
        try {
            // requireAlias: a missing alias must fail, not auto-create an index with guessed mappings
            BulkResponse response = client.bulk(b -> b.requireAlias(true)
                    .operations(due.stream().map(entry -> operation(entry, rebuilt)).toList()));
            settle(due, response.items());
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
            Map<String, Object> current = source(index).currentDocuments(
                    entries.stream().map(OutboxEntry::getDocumentId).collect(Collectors.toSet()));
            entries.stream().filter(entry -> current.containsKey(entry.getDocumentId()))
                    .forEach(entry -> documents.put(entry.getId(), current.get(entry.getDocumentId())));
        });
        return new Rebuilt(documents, version);
    }

    /** Entries carry a payload and their entity's version only when recorded by an earlier release of Agora. */
    private BulkOperation operation(OutboxEntry entry, Rebuilt rebuilt) {
        String alias = indices.alias(entry.getIndex());
        String payload = entry.getPayload();
        long version = entry.getDocumentVersion();
        if (entry.getOperation() == OutboxEntry.Operation.DELETE) {
            return BulkOperation.of(op -> op.delete(d -> d.index(alias).id(entry.getDocumentId())
                    .version(entry.getDocumentVersion()).versionType(VersionType.External)));
        }
        if (payload == null) {
            version = rebuilt.version();
            Object document = rebuilt.documents().get(entry.getId());
            payload = document == null ? null : JSON.toJson(document);
        }
        long documentVersion = version;
        if (payload == null) {
            return BulkOperation.of(op -> op.delete(d -> d.index(alias).id(entry.getDocumentId())
                    .version(documentVersion).versionType(VersionType.External)));
        }
        BinaryData document = BinaryData.of(payload.getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON);
        return BulkOperation.of(op -> op.index(i -> i.index(alias).id(entry.getDocumentId())
                .version(documentVersion).versionType(VersionType.External).document(document)));
    }

    private DocumentSource source(SearchIndex index) {
        return sources.stream().filter(source -> source.index() == index).findFirst()
                .orElseThrow(() -> new IllegalStateException("No document source for " + index));
    }

    /** Bulk answers item by item, in request order: a success or a version conflict (newer data there) is done. */
    private void settle(List<OutboxEntry> sent, List<BulkResponseItem> items) {
        List<Long> done = new ArrayList<>();
        Map<Long, String> failed = new HashMap<>();
        for (int i = 0; i < sent.size(); i++) {
            BulkResponseItem item = items.get(i);
            long id = sent.get(i).getId();
            if (item.error() == null || item.status() == VERSION_CONFLICT) {
                done.add(id);
            } else {
                if (INDEX_MISSING.equals(item.error().type())) {
                    indices.forget(sent.get(i).getIndex());
                }
                failed.put(id, item.error().type() + ": " + item.error().reason());
            }
        }
        store.completed(done);
        if (!failed.isEmpty()) {
            LOG.warning(() -> failed.size() + " search documents were refused: " + failed.values().iterator().next());
            store.failed(failed);
        }
    }
}
