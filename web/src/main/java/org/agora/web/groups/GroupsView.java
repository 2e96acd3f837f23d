package org.agora.web.groups;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.groups.GroupAdministration;
import org.agora.groups.GroupDirectory;
import org.agora.groups.GroupDraft;
import org.agora.groups.GroupSummary;
import org.agora.groups.GroupVisibility;
import org.agora.shared.InvalidInputException;
import org.agora.web.faces.Messages;

/** Backs the group directory: searching it, "my groups", and creating a group. */
@Named
@ViewScoped
public class GroupsView implements Serializable {

    @Inject
    GroupDirectory directory;

    @Inject
    GroupAdministration administration;

    private String query;
    private boolean mine;
    private List<GroupSummary> groups;

    private String name;
    private String description;
    private GroupVisibility visibility = GroupVisibility.PUBLIC;

    public List<GroupSummary> getGroups() {
        if (groups == null) {
            groups = directory.listedGroups(query, mine);
        }
        return groups;
    }

    /** Runs the search again after the text or the "my groups" switch changed. */
    public void search() {
        groups = null;
    }

    /** Creates the group and opens its page; a refused draft stays in the dialog. */
    public void create() throws IOException {
        try {
            GroupSummary created = administration.create(new GroupDraft(name, description, visibility));
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(created.name() + " is ready. Invite colleagues from the members list.");
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + "/groups/view.xhtml?slug=" + created.slug());
        } catch (InvalidInputException e) {
            Messages.error(e.getMessage());
        }
    }

    public String visibilityLabel(GroupVisibility visibility) {
        return switch (visibility) {
            case PUBLIC -> "Public";
            case PRIVATE -> "Private: members read";
            case SECRET -> "Secret: invisible to others";
        };
    }

    public String visibilityExplanation(GroupVisibility visibility) {
        return switch (visibility) {
            case PUBLIC -> "Everyone finds it, reads it and may join.";
            case PRIVATE -> "Everyone finds it; only members read it. Others ask to join, or are invited.";
            case SECRET -> "Only members know it exists. Members join by invitation.";
        };
    }

    public GroupVisibility[] getVisibilities() {
        return GroupVisibility.values();
    }

    public int getMaxName() {
        return GroupDraft.MAX_NAME;
    }

    public int getMaxDescription() {
        return GroupDraft.MAX_DESCRIPTION;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public GroupVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(GroupVisibility visibility) {
        this.visibility = visibility;
    }
}
