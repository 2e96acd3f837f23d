package org.agora.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.agora.search.SearchIndex;
import org.agora.search.SearchIndexCreated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates each index with its mapping and alias the first time Elasticsearch is reachable. */
@ApplicationScoped
public class SearchIndices {

    private static final Logger LOG = Logger.getLogger(SearchIndices.class.getName());

    @Inject
    ElasticsearchClient client;

    @Inject
    @ConfigProperty(name = "agora.search.index-prefix", defaultValue = "agora")
    String prefix;

    @Inject
    Event<SearchIndexCreated> indexCreated;

    private final Set<SearchIndex> ready = EnumSet.noneOf(SearchIndex.class);

    public String alias(SearchIndex index) {
        return index.alias(prefix);
    }

    /**
     * Makes sure the index of the current mapping version exists behind the alias. A new version (or an index lost
     * with Elasticsearch's data) is created empty, the alias moved to it in one step, and the older version dropped;
     * observers of {@link SearchIndexCreated} fill it again. Throws IOException while Elasticsearch cannot be reached;
     * callers try again later.
     */
    public synchronized void ensureReady(SearchIndex index) throws IOException {
        if (ready.contains(index)) {
            return;
        }
        String alias = index.alias(prefix);
        String name = index.versionedIndex(prefix);
        Set<String> aliased = client.indices().existsAlias(a -> a.name(alias)).value()
                ? client.indices().getAlias(a -> a.name(alias)).result().keySet() : Set.of();
        if (!aliased.contains(name)) {
            // each step can be repeated, so a start-up interrupted half-way completes on the next attempt
            if (!client.indices().exists(e -> e.index(name)).value()) {
                try (InputStream mapping = SearchIndices.class.getResourceAsStream(index.mappingResource())) {
                    client.indices().create(c -> c.index(name).withJson(mapping));
                }
            }
            client.indices().updateAliases(u -> {
                u.actions(a -> a.add(add -> add.index(name).alias(alias).isWriteIndex(true)));
                aliased.forEach(old -> u.actions(a -> a.remove(remove -> remove.index(old).alias(alias))));
                return u;
            });
            for (String old : aliased) {
                client.indices().delete(d -> d.index(old));
            }
            LOG.info(() -> "Search index " + name + " is now behind alias " + alias
                    + (aliased.isEmpty() ? "" : ", replacing " + aliased));
            indexCreated.fire(new SearchIndexCreated(index));
        }
        ready.add(index);
    }

    /** Someone removed the index behind our back: check and create it again on the next use. */
    public synchronized void forget(SearchIndex index) {
        ready.remove(index);
    }
}
