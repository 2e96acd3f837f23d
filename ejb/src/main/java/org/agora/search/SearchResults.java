package org.agora.search;

import java.util.List;

/**
 * The answer to a query: a page of hits, how many there are in all, how they spread ({@code facets}); {@code available}
 * is false while Elasticsearch cannot be reached.
 */
public record SearchResults(String query, List<SearchHit> hits, long total, SearchFacets facets, boolean available) {

    public static SearchResults unavailable(String query) {
        return new SearchResults(query, List.of(), 0, SearchFacets.NONE, false);
    }

    public static SearchResults empty(String query) {
        return new SearchResults(query, List.of(), 0, SearchFacets.NONE, true);
    }
}
