package org.agora.search;

/**
 * An index behind its alias is new (first start, new mapping version, data lost) or was never completely filled:
 * it is filled in bulk from its index's document source.
 */
public record SearchIndexCreated(SearchIndex index) {
}
