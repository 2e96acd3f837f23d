package org.agora.search;

/**
 * The people directory and "who knows X?": colleagues ranked by declared expertise, its endorsements and what
 * they wrote in the open, typo tolerant; or listed by name. Never fails because Elasticsearch is down.
 */
public interface PeopleSearch {

    PeopleResults search(PeopleQuery query);
}
