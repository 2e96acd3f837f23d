package org.agora.search.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
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

    static final int BATCH_SIZE = 1000;
    /** Batches on their way to Elasticsearch at a time, and batches read ahead from the database. */
    private static final int BATCHES_IN_FLIGHT = 2;
    /** How often the database is asked to refresh its statistics of the outbox while a long backlog drains. */
    private static final Duration STATISTICS_INTERVAL = Duration.ofSeconds(30);
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

    /** Reads, sends and deletes batches side by side. */
    @Resource
    ManagedExecutorService workers;

    private ScheduledFuture<?> schedule;
    private volatile boolean searchWasDown;
    /** Deletes the entries of the batch last sent; one batch at a time, in the order they were sent. */
    private Future<?> deleting = CompletableFuture.completedFuture(null);

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
            drain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search outbox drain failed; will retry", e);
        }
    }

    /**
     * Sends every due entry, batch after batch in id order. Two batches are on their way to Elasticsearch at a time,
     * which indexes each on a thread of its own; meanwhile the next two are read from the database, each on a thread
     * of its own too, and the last one sent is deleted from the outbox. Each batch starts after the last id of the one
     * before: the index lookup never walks over the entries just deleted. An entry committed late with a lower id is
     * met by the next pass.
     */
    private void drain() {
        if (!indicesReady()) {
            return;
        }
        CompletableFuture<List<OutboxEntry>> due = CompletableFuture.supplyAsync(() -> store.due(0, BATCH_SIZE), workers);
        Deque<CompletableFuture<Batch>> reading = new ArrayDeque<>();
        reading.add(due.thenApplyAsync(this::read, workers));
        Deque<Future<Optional<BulkOutcome>>> sending = new ArrayDeque<>();
        Instant statisticsDue = Instant.MIN;
        deleting = CompletableFuture.completedFuture(null); // a delete that failed in the last pass is not waited for again
        try {
            boolean sent = true;
            while (sent) {
                while (reading.size() < BATCHES_IN_FLIGHT) {
                    // the next batch is selected once the one before it was: after its last id, if it was full
                    due = due.thenApplyAsync(previous -> previous.size() < BATCH_SIZE ? List.<OutboxEntry>of()
                            : store.due(previous.get(previous.size() - 1).getId(), BATCH_SIZE), workers);
                    reading.add(due.thenApplyAsync(this::read, workers));
                }
                Batch batch = reading.remove().join();
                if (batch.entries().isEmpty()) {
                    break;
                }
                if (batch.entries().size() == BATCH_SIZE && !Instant.now().isBefore(statisticsDue)) {
                    // the backlog may have grown in one commit from the few entries, or none, that the database
                    // planned its queries for: such plans scan the whole table for every batch
                    store.refreshStatistics();
                    statisticsDue = Instant.now().plus(STATISTICS_INTERVAL);
                }
                // an alias never moves while a batch is on its way, so no change is written to an index just replaced
                sending.add(workers.submit(() -> indices.whileAliasesStay(() -> send(batch))));
                if (sending.size() == BATCHES_IN_FLIGHT) {
                    sent = settled(sending.remove().get());
                }
            }
            while (!sending.isEmpty()) {
                settled(sending.remove().get());
            }
            deleting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CompletionException e) {
            throw new IllegalStateException("Reading, sending or settling the search outbox failed", e.getCause());
        }
    }

    /**
     * Has the entries of a batch sent deleted, once the batch before is; false when the drain should stop: the batch
     * could not be sent, or an index was missing (the next pass creates it again first).
     */
    private boolean settled(Optional<BulkOutcome> outcome) throws InterruptedException, ExecutionException {
        if (outcome.isEmpty()) {
            return false;
        }
        deleting.get();
        deleting = workers.submit(() -> settle(outcome.get()));
        return outcome.get().missingIndices().isEmpty();
    }

    /**
     * The current documents of the entries recorded without one, built from the newest committed state and
     * serialised here, off the thread that waits for Elasticsearch.
     */
    private Batch read(List<OutboxEntry> due) {
        // taken before the database is read, so a document read later always carries a higher version
        long version = DocumentClock.next();
        Map<SearchIndex, List<OutboxEntry>> byIndex = due.stream()
                .filter(entry -> entry.getOperation() == OutboxEntry.Operation.INDEX && entry.getPayload() == null)
                .collect(Collectors.groupingBy(OutboxEntry::getIndex));
        Map<Long, byte[]> documents = new HashMap<>();
        byIndex.forEach((index, entries) -> {
            Map<String, Object> current = sources.of(index).currentDocuments(
                    entries.stream().map(OutboxEntry::getDocumentId).collect(Collectors.toSet()));
            entries.stream().filter(entry -> current.containsKey(entry.getDocumentId()))
                    .forEach(entry -> documents.put(entry.getId(),
                            NdjsonBulk.json(current.get(entry.getDocumentId()))));
        });
        return new Batch(due, documents, version);
    }

    /** Sends one batch; empty when Elasticsearch could not be reached, the batch then waiting for its retry. */
    private Optional<BulkOutcome> send(Batch batch) {
        NdjsonBulk bulk = new NdjsonBulk();
        List<BulkWrite> writes = writes(batch, bulk);
        try {
            List<BulkItem> items = bulk.send(client);
            if (searchWasDown) {
                searchWasDown = false;
                LOG.info("Elasticsearch is reachable again; sending the search outbox");
            }
            return Optional.of(BulkOutcome.of(writes, items));
        } catch (IOException | RuntimeException e) {
            if (!searchWasDown) {
                searchWasDown = true;
                LOG.warning(() -> "Elasticsearch unreachable (" + e.getMessage() + "); " + batch.entries().size()
                        + " changes wait in the search outbox");
            }
            Map<Long, String> errors = new HashMap<>();
            batch.entries().forEach(entry -> errors.put(entry.getId(), String.valueOf(e.getMessage())));
            store.failed(errors);
            return Optional.empty();
        }
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
     * Due outbox entries and the documents built for them from the database, as JSON, by entry id; an entry whose
     * document is gone has none.
     *
     * @param version taken before the database was read
     */
    private record Batch(List<OutboxEntry> entries, Map<Long, byte[]> documents, long version) {
    }

    /**
     * Each entry is written to every target of its index: the alias, and while a rebuild runs, the index being
     * rebuilt, so that a change committed after the rebuild read its document still reaches the new index. Entries
     * carry a payload and their entity's version only when recorded by an earlier release of Agora.
     */
    private List<BulkWrite> writes(Batch batch, NdjsonBulk bulk) {
        List<BulkWrite> writes = new ArrayList<>();
        for (OutboxEntry entry : batch.entries()) {
            for (String target : indices.writeTargets(entry.getIndex())) {
                writes.add(new BulkWrite(entry.getId(), entry.getIndex()));
                if (entry.getOperation() == OutboxEntry.Operation.DELETE) {
                    bulk.delete(target, entry.getDocumentId(), entry.getDocumentVersion());
                } else if (entry.getPayload() != null) {
                    bulk.index(target, entry.getDocumentId(), entry.getPayload().getBytes(StandardCharsets.UTF_8),
                            entry.getDocumentVersion());
                } else if (batch.documents().containsKey(entry.getId())) {
                    bulk.index(target, entry.getDocumentId(), batch.documents().get(entry.getId()), batch.version());
                } else {
                    bulk.delete(target, entry.getDocumentId(), batch.version());
                }
            }
        }
        return writes;
    }

    /** Deletes the entries sent and schedules another try of those refused. */
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
