package org.agora.search;

import java.util.List;

/**
 * Rebuilds a search index from the database without downtime, for administrators: a fresh index is filled in the
 * background while every change is written to both, then the alias moves to it in one step.
 */
public interface SearchReindex {

    /** Starts rebuilding {@code index}; throws {@link ReindexAlreadyRunning} while one is running. */
    ReindexProgress rebuild(SearchIndex index);

    /** The latest rebuild of each index, {@code IDLE} if there was none since the server started. */
    List<ReindexProgress> progress();

    /** Each index with its document count, outbox lag and rebuild. */
    List<SearchIndexOverview> overview();
}
