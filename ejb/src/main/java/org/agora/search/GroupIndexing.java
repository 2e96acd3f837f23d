package org.agora.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.agora.groups.GroupChanged;
import org.agora.search.internal.GroupDocuments;
import org.agora.search.outbox.DocumentSource;
import org.agora.search.outbox.SearchOutbox;

/**
 * Keeps the {@code groups} index in step with groups: created, renamed, archived or restored. Joining and leaving
 * change nothing here, since who may know of a secret group is looked up when suggestions are asked for. A new
 * index is filled with every group (the demo company's too, created without an event) by the bulk fill.
 */
@ApplicationScoped
public class GroupIndexing implements DocumentSource {

    @Inject
    SearchOutbox outbox;

    @Inject
    GroupDocuments documents;

    void onGroupChanged(@Observes GroupChanged group) {
        outbox.rebuild(SearchIndex.GROUPS, GroupDocument.groupId(group.groupId()));
    }

    @Override
    public SearchIndex index() {
        return SearchIndex.GROUPS;
    }

    @Override
    public Map<String, Object> currentDocuments(Collection<String> documentIds) {
        return documents.byId(documentIds);
    }

    @Override
    public List<String> allDocumentIds() {
        return documents.allIds();
    }
}
