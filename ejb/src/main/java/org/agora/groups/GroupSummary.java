package org.agora.groups;

/**
 * A group as the directory lists it, seen by the signed-in employee.
 *
 * @param member  whether they belong to it
 * @param owner   whether they manage it
 * @param pending their request to join, or an invitation they have not answered; null when there is neither
 */
public record GroupSummary(long id, String slug, String name, String description, GroupVisibility visibility,
                           long memberCount, boolean member, boolean owner, boolean archived, JoinRequest.Kind pending) {

    public boolean invited() {
        return pending == JoinRequest.Kind.INVITATION;
    }

    public boolean requested() {
        return pending == JoinRequest.Kind.REQUEST;
    }
}
