package org.agora.web.search;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.search.ReindexAlreadyRunning;
import org.agora.search.SearchIndexOverview;
import org.agora.search.SearchReindex;
import org.agora.shared.InvalidInputException;
import org.agora.web.faces.Messages;

/** The administrators' search index page: each index, its documents and outbox lag, and rebuilding it. */
@Named
@ViewScoped
public class SearchIndexView implements Serializable {

    @Inject
    SearchReindex reindex;

    private List<SearchIndexOverview> indices = List.of();
    private boolean allowed = true;

    public void load() {
        try {
            indices = reindex.overview();
        } catch (EJBAccessException e) {
            allowed = false;
            indices = List.of();
        }
    }

    public void rebuild(SearchIndexOverview index) {
        try {
            reindex.rebuild(index.index());
            Messages.info("Rebuilding the " + index.index().key() + " index. Search keeps answering from the current "
                    + "one until the new one is full; changes made meanwhile reach both.");
        } catch (ReindexAlreadyRunning | InvalidInputException e) {
            Messages.error(e.getMessage());
        } catch (EJBAccessException e) {
            allowed = false;
        }
        load();
    }

    public List<SearchIndexOverview> getIndices() {
        return indices;
    }

    public boolean isAllowed() {
        return allowed;
    }
}
