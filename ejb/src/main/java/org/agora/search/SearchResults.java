package org.agora.search;

import java.util.List;

/** The answer to a query; {@code available} is false while Elasticsearch cannot be reached. */
public record SearchResults(String query, List<SearchHit> hits, long total, boolean available) {

    public static SearchResults unavailable(String query) {
        return new SearchResults(query, List.of(), 0, false);
    }

    public static SearchResults empty(String query) {
        return new SearchResults(query, List.of(), 0, true);
    }
}
