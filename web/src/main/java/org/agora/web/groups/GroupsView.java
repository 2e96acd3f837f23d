package org.agora.web.groups;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.groups.GroupDirectory;
import org.agora.groups.GroupSummary;
import org.agora.groups.GroupVisibility;

/** Backs the group directory. */
@Named
@RequestScoped
public class GroupsView {

    @Inject
    GroupDirectory directory;

    private List<GroupSummary> groups;

    public List<GroupSummary> getGroups() {
        if (groups == null) {
            groups = directory.listedGroups();
        }
        return groups;
    }

    public String visibilityLabel(GroupVisibility visibility) {
        return switch (visibility) {
            case PUBLIC -> "Public";
            case PRIVATE -> "Private: members read";
            case SECRET -> "Secret: invisible to others";
        };
    }
}
