package org.agora.search.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.groups.CommunityGroup;
import org.agora.groups.GroupVisibility;
import org.agora.search.GroupDocument;

/** Builds {@link GroupDocument}s from groups as they stand in the database. */
@Stateless
@PermitAll
public class GroupDocuments {

    private static final String GROUP = "group-";

    @PersistenceContext
    EntityManager em;

    public Map<String, Object> byId(Collection<String> documentIds) {
        List<Long> ids = documentIds.stream().filter(id -> id.startsWith(GROUP))
                .map(id -> Long.valueOf(id.substring(GROUP.length()))).toList();
        Map<String, Object> documents = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select g from CommunityGroup g where g.id in :ids", CommunityGroup.class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(group -> documents.put(GroupDocument.groupId(group.getId()), of(group)));
        }
        return documents;
    }

    public List<String> allIds() {
        return em.createQuery("select g.id from CommunityGroup g order by g.id", Long.class)
                .getResultStream().map(GroupDocument::groupId).toList();
    }

    private static GroupDocument of(CommunityGroup group) {
        return GroupDocument.of(group.getId(), group.getSlug(), group.getName(), group.getDescription(),
                group.getVisibility().name(), group.getVisibility() == GroupVisibility.SECRET, group.isArchived());
    }
}
