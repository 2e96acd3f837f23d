package org.agora.search.outbox;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedExecutors;
import jakarta.enterprise.concurrent.ManagedTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.agora.search.ReindexAlreadyRunning;
import org.agora.search.ReindexProgress;
import org.agora.search.ReindexProgress.State;
import org.agora.search.ReindexProgress.Trigger;
import org.agora.search.SearchIndex;
import org.agora.search.SearchIndexCreated;
import org.agora.search.internal.SearchIndices;
import org.agora.shared.InvalidInputException;

/**
 * Fills search indices from the database in bulk, in the background, one run at a time per index: an administrator's
 * rebuild into a fresh index that replaces the live one when it is full, or the first filling of a new, empty index.
 * Documents are read in batches, each with a version taken just before it is read, so a change the drainer sends
 * later always wins over what a batch read earlier.
 */
@ApplicationScoped
public class IndexRebuilds {

    static final int BATCH_SIZE = 500;
    /** Tries per batch: a long rebuild should outlast a moment when Elasticsearch is too busy to answer. */
    private static final int ATTEMPTS = 4;
    private static final Logger LOG = Logger.getLogger(IndexRebuilds.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    SearchIndices indices;

    @Inject
    ElasticsearchClient client;

    @Inject
    DocumentSources sources;

    private final Map<SearchIndex, Run> runs = new ConcurrentHashMap<>();

    /**
     * Builds a fresh index for {@code index} in the background and swaps it in when full; meanwhile the drainer writes
     * every change to both, and searches keep using the live index.
     */
    public ReindexProgress rebuild(SearchIndex index) {
        if (!sources.exists(index)) {
            throw new InvalidInputException("The " + index.key() + " index has nothing to be rebuilt from.");
        }
        Run run = begin(index, Trigger.ADMINISTRATOR);
        submit(run, () -> {
            String target = indices.startRebuild(index);
            run.target = indices.rebuiltIndex(index).orElse(target);
            fill(index, target, run);
            indices.completeRebuild(index);
        }, () -> indices.abandonRebuild(index));
        return run.progress();
    }

    /** A new, empty index serves at once and is filled in the background; the drainer keeps sending changes to it. */
    void onIndexCreated(@Observes SearchIndexCreated created) {
        SearchIndex index = created.index();
        if (!sources.exists(index)) {
            LOG.warning(() -> "Search index " + index.key() + " has no document source to fill it from");
            return;
        }
        Run run;
        try {
            run = begin(index, Trigger.NEW_INDEX);
        } catch (ReindexAlreadyRunning e) {
            LOG.info(() -> "A rebuild of search index " + index.key() + " is running; it fills the new index");
            return;
        }
        submit(run, () -> {
            String live = indices.liveIndex(index)
                    .orElseThrow(() -> new IOException("No index behind " + indices.alias(index)));
            run.target = live;
            fill(index, indices.alias(index), run);
            indices.markFilled(live);
        }, () -> { });
    }

    public ReindexProgress progress(SearchIndex index) {
        Run run = runs.get(index);
        return run == null ? ReindexProgress.idle(index) : run.progress();
    }

    private Run begin(SearchIndex index, Trigger trigger) {
        return runs.compute(index, (key, current) -> {
            if (current != null && current.state == State.RUNNING) {
                throw new ReindexAlreadyRunning(current.progress());
            }
            return new Run(index, trigger);
        });
    }

    private void submit(Run run, Step work, Runnable onFailure) {
        Runnable task = () -> {
            try {
                work.run();
                run.finish(State.DONE, null);
                LOG.info(() -> "Search index " + run.index.key() + " filled: " + run.done + " documents into "
                        + run.target);
            } catch (IOException | RuntimeException e) {
                onFailure.run();
                run.finish(State.FAILED, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                LOG.log(Level.WARNING, "Filling search index " + run.index.key() + " failed", e);
            }
        };
        try {
            executor.submit(ManagedExecutors.managedTask(task,
                    Map.of(ManagedTask.LONGRUNNING_HINT, "true", ManagedTask.IDENTITY_NAME, "search-rebuild"), null));
        } catch (RejectedExecutionException e) {
            run.finish(State.FAILED, "The server is too busy to start it; try again.");
        }
    }

    /** Writes every document of {@code index} through {@code target}, an alias, batch by batch. */
    private void fill(SearchIndex index, String target, Run run) throws IOException {
        DocumentSource source = sources.of(index);
        List<String> ids = source.allDocumentIds();
        run.total = ids.size();
        for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
            List<String> batch = ids.subList(from, Math.min(from + BATCH_SIZE, ids.size()));
            Optional<String> problem = send(source, target, batch);
            for (int attempt = 1; problem.isPresent(); attempt++) {
                if (attempt == ATTEMPTS) {
                    throw new IOException("Elasticsearch did not take documents " + batch.get(0) + " to "
                            + batch.get(batch.size() - 1) + " in " + ATTEMPTS + " attempts: " + problem.get());
                }
                pause(Backoff.afterFailures(attempt));
                problem = send(source, target, batch);
            }
            run.done.addAndGet(batch.size());
        }
    }

    /**
     * Reads one batch and sends it at once; answers why Elasticsearch did not take it, if it did not. Sent right after
     * the read: Elasticsearch remembers a deleted document's version for 60 s ({@code index.gc_deletes}), so a copy
     * read just before a deletion is refused only if it arrives within that time.
     */
    private Optional<String> send(DocumentSource source, String target, List<String> batch) {
        long version = DocumentClock.next();
        Map<String, Object> documents = source.currentDocuments(batch);
        if (documents.isEmpty()) {
            return Optional.empty();
        }
        NdjsonBulk bulk = new NdjsonBulk();
        List<String> sent = List.copyOf(documents.keySet());
        sent.forEach(id -> bulk.index(target, id, NdjsonBulk.json(documents.get(id)), version));
        try {
            List<BulkItem> items = bulk.send(client);
            // a conflict means the drainer already wrote a newer read of that document: keep it
            for (int i = 0; i < items.size(); i++) {
                BulkItem item = items.get(i);
                if (item.refused()) {
                    return Optional.of("refused " + sent.get(i) + ": " + item.errorType() + ": " + item.errorReason());
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    private static void pause(Duration duration) throws IOException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    /** One run's progress, written by its task and read by anyone. */
    private static final class Run {
        final SearchIndex index;
        final Trigger trigger;
        final Instant startedAt = Instant.now();
        final AtomicLong done = new AtomicLong();
        volatile long total;
        volatile String target;
        volatile State state = State.RUNNING;
        volatile Instant finishedAt;
        volatile String failure;

        Run(SearchIndex index, Trigger trigger) {
            this.index = index;
            this.trigger = trigger;
        }

        void finish(State outcome, String reason) {
            failure = reason;
            finishedAt = Instant.now();
            state = outcome;
        }

        ReindexProgress progress() {
            return new ReindexProgress(index, state, trigger, done.get(), total, startedAt, finishedAt, failure, target);
        }
    }
}
