package org.agora.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.agora.search.SearchStatus;
import org.agora.search.outbox.OutboxBacklog;
import org.agora.search.outbox.OutboxStore;

/** Reports on Elasticsearch and the outbox for the health endpoint. */
@ApplicationScoped
public class SearchHealth {

    @Inject
    ElasticsearchClient client;

    @Inject
    OutboxStore outbox;

    public SearchStatus status() {
        OutboxBacklog backlog = outbox.backlog();
        return new SearchStatus(reachable(), backlog.pending(), backlog.oldestAge());
    }

    private boolean reachable() {
        try {
            return !client.cluster().health().status().jsonValue().equals("red");
        } catch (Exception e) {
            return false;
        }
    }
}
