package org.agora.search;

/** "Who knows X?": colleagues ranked by declared expertise and its endorsements, typo tolerant. */
public interface PeopleSearch {

    int PAGE_SIZE = 20;

    /**
     * People who know about {@code topic}, optionally only in {@code location} (a city or a country) or
     * {@code department}; never fails because Elasticsearch is down.
     */
    PeopleResults whoKnows(String topic, String location, String department, int page);
}
