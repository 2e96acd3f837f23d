package org.agora.search;

/** One search over everything the signed-in employee may read. */
public interface KnowledgeSearch {

    int PAGE_SIZE = 20;

    /** Results {@code page} (from 0) for {@code query}; never fails because Elasticsearch is down. */
    SearchResults search(String query, int page);

    /** Results {@code page} for {@code query}, narrowed by {@code filters}, with the facets to narrow further. */
    SearchResults search(String query, SearchFilters filters, int page);
}
