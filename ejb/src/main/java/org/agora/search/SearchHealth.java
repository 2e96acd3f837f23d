package org.agora.search;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
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
        OutboxBacklog backlog = backlog();
        return new SearchStatus(reachable(), backlog.pending(), backlog.oldestAge());
    }

    /** Unknown (-1) while the database cannot be read; the health report says so beside it. */
    private OutboxBacklog backlog() {
        try {
            return outbox.backlog();
        } catch (RuntimeException e) {
            return new OutboxBacklog(-1, Duration.ZERO);
        }
    }

    private boolean reachable() {
        try {
            return !client.cluster().health().status().jsonValue().equals("red");
        } catch (Exception e) {
            return false;
        }
    }
}
