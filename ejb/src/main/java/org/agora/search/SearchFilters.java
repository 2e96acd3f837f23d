package org.agora.search;

import java.time.Duration;
import java.util.Locale;

import org.agora.shared.InvalidInputException;

/**
 * What a search is narrowed to, each null for "any": a group (by id), the author's department, the author (by name,
 * as shown) and how recent.
 */
public record SearchFilters(Long groupId, String department, String author, Period period) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null);

    /** The filters as an address or a form gives them: blank means any; an unknown period is refused with a sentence. */
    public static SearchFilters of(Long groupId, String department, String author, String period) {
        return new SearchFilters(groupId, blankToNull(department), blankToNull(author), period(blankToNull(period)));
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
        return groupId != null || department != null || author != null || period != null;
    }
}
