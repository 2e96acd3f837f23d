package org.agora.search;

/** A new, empty index was created: whoever feeds it may queue everything it should contain. */
public record SearchIndexCreated(SearchIndex index) {
}
