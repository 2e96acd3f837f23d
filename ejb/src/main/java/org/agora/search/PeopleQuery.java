package org.agora.search;

/**
 * What someone looks for in the people directory: words (a topic, a name or a title), an exact expertise tag, a
 * place (city or country) and a department, all optional, in an order and a page; a page of size 0 asks for
 * the total and the counts only.
 */
public record PeopleQuery(String text, String tag, String location, String department, Order order, int page,
                          int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Name order lists alphabetically; relevance ranks by expertise, endorsements and writing. */
    public enum Order {
        NAME, RELEVANCE
    }

    public PeopleQuery {
        text = blankToNull(text);
        tag = blankToNull(tag);
        location = blankToNull(location);
        department = blankToNull(department);
        order = order != null ? order : text == null ? Order.NAME : Order.RELEVANCE;
        page = Math.max(page, 0);
        size = size < 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    /** The same question asked for its total and the counts beside it, without a page of people. */
    public PeopleQuery countOnly() {
        return new PeopleQuery(text, tag, location, department, order, 0, 0);
    }

    /** "Who knows X?" in a place and a department, best first. */
    public static PeopleQuery whoKnows(String topic, String location, String department, int page) {
        return new PeopleQuery(topic, null, location, department, Order.RELEVANCE, page, DEFAULT_SIZE);
    }

    public boolean hasText() {
        return text != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
