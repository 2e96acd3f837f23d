package org.agora.search;

import java.util.List;

/**
 * A page of people and the counts that refine it; {@code available} is false while Elasticsearch cannot be
 * reached. The counts ignore the department and place chosen, so the lists always offer the alternatives.
 */
public record PeopleResults(String query, List<PersonHit> hits, long total, boolean available,
                            List<Facet> departments, List<Facet> cities, List<Facet> countries) {

    /** One value to refine by and how many people have it. */
    public record Facet(String value, long count) {
    }

    public PeopleResults(String query, List<PersonHit> hits, long total, boolean available) {
        this(query, hits, total, available, List.of(), List.of(), List.of());
    }

    public static PeopleResults unavailable(String query) {
        return new PeopleResults(query, List.of(), 0, false);
    }

    public static PeopleResults empty(String query) {
        return new PeopleResults(query, List.of(), 0, true);
    }
}
