package org.agora.search;

import java.util.List;

/**
 * The answer to a query: a page of hits, how many there are in all, how they spread ({@code facets}); {@code available}
 * is false while Elasticsearch cannot be reached.
 *
 * @param didYouMean a respelling of the query that finds content the employee may read; null when none is better
 */
public record SearchResults(String query, List<SearchHit> hits, long total, SearchFacets facets, String didYouMean,
                            boolean available) {

    public static SearchResults unavailable(String query) {
        return new SearchResults(query, List.of(), 0, SearchFacets.NONE, null, false);
    }

    public static SearchResults empty(String query) {
        return new SearchResults(query, List.of(), 0, SearchFacets.NONE, null, true);
    }
}
