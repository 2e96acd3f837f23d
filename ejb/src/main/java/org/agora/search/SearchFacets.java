package org.agora.search;

import java.util.List;

/**
 * How the results of a search spread over kinds of content, groups, departments, authors, hashtags and time,
 * counted over the results the employee may read only, so a count never reveals content they cannot see.
 */
public record SearchFacets(List<FacetValue> types, List<FacetValue> groups, List<FacetValue> departments,
                           List<FacetValue> authors, List<FacetValue> tags, List<FacetValue> periods) {

    public static final SearchFacets NONE = new SearchFacets(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    /** One value to narrow by: what a link sends ({@code value}), what it shows ({@code label}) and how many match. */
    public record FacetValue(String value, String label, long count, boolean selected) {
    }
}
