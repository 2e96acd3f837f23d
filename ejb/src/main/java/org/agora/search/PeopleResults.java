package org.agora.search;

import java.util.List;

/** The answer to "who knows X?"; {@code available} is false while Elasticsearch cannot be reached. */
public record PeopleResults(String query, List<PersonHit> hits, long total, boolean available) {

    public static PeopleResults unavailable(String query) {
        return new PeopleResults(query, List.of(), 0, false);
    }

    public static PeopleResults empty(String query) {
        return new PeopleResults(query, List.of(), 0, true);
    }
}
