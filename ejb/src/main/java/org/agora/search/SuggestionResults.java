package org.agora.search;

import java.util.List;

/**
 * Suggestions for what someone is typing into the top bar, by kind; {@code available} is false while Elasticsearch
 * cannot be reached, and then there are none.
 */
public record SuggestionResults(String prefix, List<Person> people, List<Group> groups, List<Tag> tags,
                                boolean available) {

    /** A current colleague; their profile is {@code people/profile.xhtml?id=}. */
    public record Person(long id, String name, String initials, Long photoVersion, String title, String department) {
    }

    /** A group the employee may know of; its page is {@code groups/view.xhtml?slug=}. */
    public record Group(long id, String slug, String name, String visibility, long memberCount, boolean archived) {
    }

    /**
     * A topic: an expertise tag, a hashtag in posts the employee may read, or both; its page is
     * {@code people/tag.xhtml?tag=}.
     *
     * @param people how many current colleagues declare it as their expertise; 0 for a hashtag only
     */
    public record Tag(String tag, long people) {
    }

    public static SuggestionResults none(String prefix) {
        return new SuggestionResults(prefix, List.of(), List.of(), List.of(), true);
    }

    public static SuggestionResults unavailable(String prefix) {
        return new SuggestionResults(prefix, List.of(), List.of(), List.of(), false);
    }
}
