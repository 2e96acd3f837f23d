package org.agora.web.search;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.search.KnowledgeSearch;
import org.agora.search.SearchFilters;
import org.agora.search.SearchResults;
import org.agora.shared.InvalidInputException;

/**
 * Backs the search page, bookmarkable as {@code search.xhtml?q=...&page=...}, narrowed by
 * {@code &type=&group=&department=&author=&tag=&period=}.
 */
@Named
@ViewScoped
public class SearchView implements Serializable {

    @Inject
    KnowledgeSearch knowledgeSearch;

    private String query;
    private int page;
    private String type;
    private Long group;
    private String department;
    private String author;
    private String tag;
    private String period;
    private SearchFilters filters = SearchFilters.NONE;
    private SearchResults results = SearchResults.empty("");

    public void search() {
        try {
            filters = SearchFilters.of(type, group, department, author, tag, period);
        } catch (InvalidInputException e) {
            // a type or period typed into the address that is none of ours: search without them
            filters = SearchFilters.of(null, group, department, author, tag, null);
        }
        results = knowledgeSearch.search(query, filters, page);
    }

    /**
     * The address of this search with one facet changed: {@code facet} set to {@code value}, or cleared when it is
     * already the selected value; back to the first page.
     */
    public String link(String facet, String value) {
        return address(query, facet, value);
    }

    /** This search with the query respelled as suggested, keeping its filters. */
    public String didYouMeanLink() {
        return address(results.didYouMean(), null, null);
    }

    private String address(String text, String facet, String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", text);
        parameters.put("type", filters.type() == null ? null : filters.type().name());
        parameters.put("group", group == null ? null : group.toString());
        parameters.put("department", filters.department());
        parameters.put("author", filters.author());
        parameters.put("tag", filters.tag());
        parameters.put("period", filters.period() == null ? null : filters.period().name());
        if (facet != null) {
            parameters.put(facet, value == null || value.equals(parameters.get(facet)) ? null : value);
        }
        return "search.xhtml?" + parameters.entrySet().stream().filter(parameter -> parameter.getValue() != null)
                .map(parameter -> parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public boolean isFiltered() {
        return filters.any();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public Long getGroup() {
        return group;
    }

    public void setGroup(Long group) {
        this.group = group;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public boolean isHasNextPage() {
        return (long) (page + 1) * KnowledgeSearch.PAGE_SIZE < results.total();
    }

    public SearchResults getResults() {
        return results;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? null : query.strip();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
