package org.agora.search;

/**
 * What the top bar offers while someone types: colleagues, groups and topics whose names start with what was typed,
 * only those the employee may know of. Never fails because Elasticsearch is down: it suggests nothing then.
 */
public interface Suggestions {

    /** The longest prefix suggestions are looked up for; a longer text is a search, not a name being typed. */
    int MAX_PREFIX_LENGTH = 100;

    /** At most this many of each kind. */
    int PER_KIND = 5;

    /** Suggestions for a prefix of 1 to {@value #MAX_PREFIX_LENGTH} characters; refuses a blank or longer one. */
    SuggestionResults suggest(String prefix);
}
