package org.agora.search;

import java.time.Duration;
import java.util.Locale;

import org.agora.shared.InvalidInputException;

/**
 * What a search is narrowed to, each null for "any": the kind of content, a group (by id), the author's department,
 * the author (by name, as shown), a hashtag and how recent.
 */
public record SearchFilters(ContentType type, Long groupId, String department, String author, String tag,
                            Period period) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, null);

    /**
     * The filters as an address or a form gives them: blank means any; an unknown type or period is refused with a
     * sentence. A tag may be given with or without its {@code #}.
     */
    public static SearchFilters of(String type, Long groupId, String department, String author, String tag,
                                   String period) {
        String typeName = blankToNull(type);
        String tagName = blankToNull(tag);
        return new SearchFilters(typeName == null ? null : ContentType.named(typeName), groupId,
                blankToNull(department), blankToNull(author),
                tagName == null ? null : tagName.strip().replaceFirst("^#", ""),
                period(blankToNull(period)));
    }

    public SearchFilters withoutPeriod() {
        return new SearchFilters(type, groupId, department, author, tag, null);
    }

    private static Period period(String period) {
        try {
            return period == null ? null : Period.valueOf(period.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown period \"" + period + "\": use WEEK, MONTH or YEAR.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** How recent a result must be. */
    public enum Period {
        WEEK("Past week", Duration.ofDays(7)), MONTH("Past month", Duration.ofDays(30)), YEAR("Past year", Duration.ofDays(365));

        private final String label;
        private final Duration length;

        Period(String label, Duration length) {
            this.label = label;
            this.length = length;
        }

        public String label() {
            return label;
        }

        public long days() {
            return length.toDays();
        }
    }

    public boolean any() {
        return type != null || groupId != null || department != null || author != null || tag != null
                || period != null;
    }
}
