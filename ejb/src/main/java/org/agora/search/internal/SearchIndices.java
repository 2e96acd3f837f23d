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

    /** Throws IOException while Elasticsearch cannot be reached; callers try again later. */
    public synchronized void ensureReady(SearchIndex index) throws IOException {
        if (ready.contains(index)) {
            return;
        }
        String alias = index.alias(prefix);
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            String name = index.versionedIndex(prefix);
            try (InputStream mapping = SearchIndices.class.getResourceAsStream(index.mappingResource())) {
                client.indices().create(c -> c.index(name).withJson(mapping).aliases(alias, a -> a.isWriteIndex(true)));
            }
            LOG.info(() -> "Created search index " + name + " behind alias " + alias);
            indexCreated.fire(new SearchIndexCreated(index));
        }
        ready.add(index);
    }

    /** Someone removed the index behind our back: check and create it again on the next use. */
    public synchronized void forget(SearchIndex index) {
        ready.remove(index);
    }
}
