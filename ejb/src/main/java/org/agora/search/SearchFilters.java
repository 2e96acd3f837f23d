package org.agora.search;

import java.time.Duration;

/**
 * What a search is narrowed to, each null for "any": a group (by id), the author's department, the author (by name,
 * as shown) and how recent.
 */
public record SearchFilters(Long groupId, String department, String author, Period period) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null);

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
