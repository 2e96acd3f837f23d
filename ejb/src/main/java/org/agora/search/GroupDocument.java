package org.agora.search;

import java.util.List;

/**
 * A group as the {@code groups} index stores it.
 *
 * @param nameSuggest completes the name in the top bar, only for those in {@code readableBy}
 * @param readableBy  who may know of the group, as the groups directory lists them: {@code everyone} for public and
 *                    private groups, {@code group-<id>} for a secret one, whose members and invitees are looked up per
 *                    query, so joining or leaving needs no reindexing
 */
public record GroupDocument(long groupId, String slug, String name, Completion nameSuggest, String description,
                            String visibility, boolean archived, List<String> readableBy) {

    /** Archived groups stay findable, below the active ones. */
    static final int ACTIVE_WEIGHT = 10;
    static final int ARCHIVED_WEIGHT = 1;

    public static String groupId(long groupId) {
        return "group-" + groupId;
    }

    public static GroupDocument of(long groupId, String slug, String name, String description, String visibility,
                                   boolean secret, boolean archived) {
        return new GroupDocument(groupId, slug, name,
                Completion.ofName(name, archived ? ARCHIVED_WEIGHT : ACTIVE_WEIGHT), description, visibility, archived,
                List.of(secret ? ContentDocument.readableByMembersOf(groupId) : ContentDocument.EVERYONE));
    }
}
