package org.agora.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.agora.shared.InvalidInputException;

/** The kinds of content one search finds, each a facet value and a badge on its hits. */
public enum ContentType {
    POST("Posts", "Post"),
    QUESTION("Questions", "Question"),
    ANSWER("Accepted answers", "Accepted answer"),
    COMMENT("Comments", "Comment"),
    VIDEO("Videos", "Video"),
    LIVE_QA("Live Q&A sessions", "Live Q&A"),
    RECOGNITION("Recognitions", "Recognition");

    private final String plural;
    private final String badge;

    ContentType(String plural, String badge) {
        this.plural = plural;
        this.badge = badge;
    }

    public String plural() {
        return plural;
    }

    public String badge() {
        return badge;
    }

    /** The type an address or a form names, in any case; an unknown one is refused with the names there are. */
    public static ContentType named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown type \"" + name + "\": use "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }
}
