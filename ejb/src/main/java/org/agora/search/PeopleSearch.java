package org.agora.search;

/**
 * The people directory and "who knows X?": colleagues ranked by declared expertise, its endorsements and what
 * they wrote in the open, typo tolerant; or listed by name. Never fails because Elasticsearch is down.
 */
public interface PeopleSearch {

    int PAGE_SIZE = PeopleQuery.DEFAULT_SIZE;

    PeopleResults search(PeopleQuery query);

    /**
     * People who know about {@code topic}, optionally only in {@code location} (a city or a country) or
     * {@code department}.
     */
    default PeopleResults whoKnows(String topic, String location, String department, int page) {
        String text = topic == null ? "" : topic.strip();
        return text.isEmpty() ? PeopleResults.empty(text)
                : search(PeopleQuery.whoKnows(text, location, department, page));
    }
}
