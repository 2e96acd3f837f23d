package org.agora.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.json.JsonData;
import org.agora.search.SearchIndex;
import org.agora.search.SearchIndexCreated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Elasticsearch indices behind each alias: creates them with their mapping, says where changes are written,
 * and moves an alias to a rebuilt index. The alias {@code <prefix>-content} points at an index of the current mapping
 * version, either {@code <prefix>-content-v2} or a rebuild of it, {@code <prefix>-content-v2-20261201101500123}.
 */
@ApplicationScoped
public class SearchIndices {

    private static final Logger LOG = Logger.getLogger(SearchIndices.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    /** Set in an index's mapping once it holds every document; an index without it is filled again. */
    private static final String FILLED = "agora_filled";

    @Inject
    ElasticsearchClient client;

    @Inject
    @ConfigProperty(name = "agora.search.index-prefix", defaultValue = "agora")
    String prefix;

    @Inject
    Event<SearchIndexCreated> indexCreated;

    private final Set<SearchIndex> ready = ConcurrentHashMap.newKeySet();

    /** The index each rebuild in progress fills; the drainer writes every change to it as well as to the alias. */
    private final Map<SearchIndex, String> rebuilding = new ConcurrentHashMap<>();

    /**
     * Read by each drainer batch and written by each alias move, so that no batch is half-written when an alias moves.
     * Fair, so a swap waits for the batches in flight only, not for a drainer that keeps finding work.
     */
    private final ReentrantReadWriteLock aliasesStay = new ReentrantReadWriteLock(true);

    public String alias(SearchIndex index) {
        return index.alias(prefix);
    }

    /** The alias of the index a rebuild fills: written through an alias too, so a write can never create an index. */
    private String rebuildAlias(SearchIndex index) {
        return alias(index) + "-rebuild";
    }

    /** Where a change to a document of {@code index} goes: the alias, and the index being rebuilt, if one is. */
    public List<String> writeTargets(SearchIndex index) {
        return rebuilding.containsKey(index) ? List.of(alias(index), rebuildAlias(index)) : List.of(alias(index));
    }

    /** Runs {@code batch} while no alias moves and no rebuild starts or ends; batches run side by side. */
    public <T> T whileAliasesStay(Supplier<T> batch) {
        aliasesStay.readLock().lock();
        try {
            return batch.get();
        } finally {
            aliasesStay.readLock().unlock();
        }
    }

    /** Runs {@code move} once no batch is on its way, holding back the next ones. */
    private <T> T betweenBatches(Supplier<T> move) {
        aliasesStay.writeLock().lock();
        try {
            return move.get();
        } finally {
            aliasesStay.writeLock().unlock();
        }
    }

    /**
     * Makes sure an index of the current mapping version exists behind the alias. A new version (or an index lost with
     * Elasticsearch's data) is created empty, the alias moved to it in one step and the older version dropped. An
     * index that was never completely filled, new or not, is announced with {@link SearchIndexCreated}, whose observer
     * fills it. Leftovers of a rebuild that a restart interrupted are dropped. Throws IOException while Elasticsearch
     * cannot be reached; callers try again later.
     */
    public synchronized void ensureReady(SearchIndex index) throws IOException {
        if (ready.contains(index)) {
            return;
        }
        String alias = alias(index);
        Set<String> aliased = aliased(alias);
        Optional<String> current = aliased.stream().filter(name -> isCurrentVersion(index, name)).findFirst();
        String live;
        if (current.isPresent()) {
            live = current.get();
        } else {
            live = create(index, index.versionedIndex(prefix));
            moveAlias(alias, live, aliased, null);
            drop(aliased, live);
            LOG.info(() -> "Search index " + live + " is now behind alias " + alias
                    + (aliased.isEmpty() ? "" : ", replacing " + aliased));
        }
        dropLeftovers(index, live);
        if (!isFilled(live)) {
            indexCreated.fire(new SearchIndexCreated(index));
        }
        ready.add(index);
    }

    /**
     * Someone removed the index behind our back: check and create it again on the next use. Not synchronized: the
     * drainer calls it holding the alias lock, which everyone else takes after this object's monitor, never before.
     */
    public void forget(SearchIndex index) {
        ready.remove(index);
    }

    /** The index behind the alias, or empty if there is none. */
    public Optional<String> liveIndex(SearchIndex index) throws IOException {
        return aliased(alias(index)).stream().findFirst();
    }

    public long documentCount(SearchIndex index) throws IOException {
        return client.count(c -> c.index(alias(index))).count();
    }

    /**
     * Creates an empty index of the current mapping for a rebuild of {@code index}, and from the next drainer batch on
     * every change is written to it as well as to the live index. Returns the alias the rebuild writes through.
     */
    public synchronized String startRebuild(SearchIndex index) throws IOException {
        ensureReady(index);
        String name = create(index, index.versionedIndex(prefix) + "-" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP));
        String alias = rebuildAlias(index);
        Set<String> abandoned = aliased(alias);
        moveAlias(alias, name, abandoned, null);
        drop(abandoned, name);
        betweenBatches(() -> rebuilding.put(index, name));
        LOG.info(() -> "Rebuilding search index " + alias(index) + " into " + name);
        return alias;
    }

    /** The index a rebuild in progress fills, if any. */
    public Optional<String> rebuiltIndex(SearchIndex index) {
        return Optional.ofNullable(rebuilding.get(index));
    }

    /**
     * Marks the rebuilt index filled and moves the alias to it in one step, between two drainer batches; the index it
     * replaces is dropped.
     */
    public synchronized void completeRebuild(SearchIndex index) throws IOException {
        String rebuilt = rebuilding.get(index);
        if (rebuilt == null) {
            throw new IllegalStateException("No rebuild of " + index + " is in progress");
        }
        markFilled(rebuilt);
        String alias = alias(index);
        Set<String> replaced = betweenBatches(() -> {
            try {
                Set<String> live = aliased(alias);
                moveAlias(alias, rebuilt, live, rebuildAlias(index));
                rebuilding.remove(index);
                return live;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        LOG.info(() -> "Search index " + rebuilt + " is now behind alias " + alias + ", replacing " + replaced);
        try {
            drop(replaced, rebuilt);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not drop replaced search index " + replaced + "; it is dropped at the next start", e);
        }
    }

    /** Stops writing to a failed rebuild and drops what it had filled; the live index is untouched. */
    public synchronized void abandonRebuild(SearchIndex index) {
        String rebuilt = betweenBatches(() -> rebuilding.remove(index));
        if (rebuilt != null) {
            try {
                if (aliased(alias(index)).contains(rebuilt)) {
                    return; // the swap went through although its answer was lost: the rebuilt index serves
                }
                client.indices().delete(d -> d.index(rebuilt));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not drop abandoned search index " + rebuilt
                        + "; it is dropped at the next start", e);
            }
        }
    }

    /** Records that {@code indexName} holds every document, so a restart does not fill it again. */
    public void markFilled(String indexName) throws IOException {
        client.indices().putMapping(p -> p.index(indexName).meta(FILLED, JsonData.of(true)));
    }

    private boolean isCurrentVersion(SearchIndex index, String name) {
        String versioned = index.versionedIndex(prefix);
        return name.equals(versioned) || name.startsWith(versioned + "-");
    }

    private boolean isFilled(String name) throws IOException {
        TypeMapping mapping = client.indices().getMapping(m -> m.index(name)).result().get(name).mappings();
        return mapping.meta().containsKey(FILLED);
    }

    private Set<String> aliased(String alias) throws IOException {
        return client.indices().existsAlias(a -> a.name(alias)).value()
                ? client.indices().getAlias(a -> a.name(alias)).result().keySet() : Set.of();
    }

    /** Each step can be repeated, so a start-up interrupted half-way completes on the next attempt. */
    private String create(SearchIndex index, String name) throws IOException {
        if (!client.indices().exists(e -> e.index(name)).value()) {
            try (InputStream mapping = SearchIndices.class.getResourceAsStream(index.mappingResource())) {
                client.indices().create(c -> c.index(name).withJson(mapping));
            }
        }
        return name;
    }

    /**
     * Points {@code alias} at {@code target} alone, in one atomic step; the same step takes {@code alsoRemove} (an
     * alias) off {@code target}.
     */
    private void moveAlias(String alias, String target, Set<String> from, String alsoRemove) throws IOException {
        client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(target).alias(alias).isWriteIndex(true)));
            from.stream().filter(old -> !old.equals(target))
                    .forEach(old -> u.actions(a -> a.remove(remove -> remove.index(old).alias(alias))));
            if (alsoRemove != null) {
                u.actions(a -> a.remove(remove -> remove.index(target).alias(alsoRemove)));
            }
            return u;
        });
    }

    private void drop(Set<String> indices, String keep) throws IOException {
        for (String old : indices) {
            if (!old.equals(keep)) {
                client.indices().delete(d -> d.index(old));
            }
        }
    }

    /** Indices of this alias's family that nothing points at any more: rebuilds a restart interrupted. */
    private void dropLeftovers(SearchIndex index, String live) throws IOException {
        String family = alias(index) + "-v*";
        for (String name : client.indices().get(g -> g.index(family)).result().keySet()) {
            if (!name.equals(live) && !name.equals(rebuilding.get(index))) {
                client.indices().delete(d -> d.index(name));
                LOG.info(() -> "Dropped search index " + name + ", left over from an interrupted rebuild");
            }
        }
    }
}
