package org.agora.search;

import java.time.Duration;

/**
 * One index as administrators see it: the Elasticsearch index behind its alias and how many documents it holds
 * ({@code -1} and no name while Elasticsearch cannot be reached), changes waiting in the outbox, and its rebuild.
 */
public record SearchIndexOverview(SearchIndex index, String alias, String liveIndex, long documents,
                                  long pendingChanges, Duration oldestPendingAge, ReindexProgress rebuild) {

    public boolean reachable() {
        return documents >= 0;
    }
}
