package org.agora.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.agora.groups.GroupChanged;
import org.agora.search.internal.GroupDocuments;
import org.agora.search.outbox.DocumentSource;
import org.agora.search.outbox.SearchOutbox;

/**
 * Keeps the {@code groups} index in step with groups: created, renamed, archived or restored. Joining and leaving
 * change nothing here, since who may know of a secret group is looked up when suggestions are asked for.
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

    /** A new groups index is filled with every group, the demo company's too, which are created without an event. */
    @Transactional
    void onIndexCreated(@Observes SearchIndexCreated created) {
        if (created.index() == SearchIndex.GROUPS) {
            allDocumentIds().forEach(id -> outbox.rebuild(SearchIndex.GROUPS, id));
        }
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
