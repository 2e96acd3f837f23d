package org.agora.groups;

/** A group as the directory lists it. */
public record GroupSummary(long id, String slug, String name, String description, GroupVisibility visibility,
                           long memberCount, boolean member) {
}
