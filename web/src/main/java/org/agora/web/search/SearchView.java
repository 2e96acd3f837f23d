package org.agora.web.search;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.search.KnowledgeSearch;
import org.agora.search.SearchResults;

/** Backs the search page, bookmarkable as {@code search.xhtml?q=...&page=...}. */
@Named
@ViewScoped
public class SearchView implements Serializable {

    @Inject
    KnowledgeSearch knowledgeSearch;

    private String query;
    private int page;
    private SearchResults results = SearchResults.empty("");

    public void search() {
        results = knowledgeSearch.search(query, page);
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
