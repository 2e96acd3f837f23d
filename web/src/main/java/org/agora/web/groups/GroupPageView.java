package org.agora.web.groups;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.feed.FeedCursor;
import org.agora.feed.FeedPage;
import org.agora.feed.FeedService;
import org.agora.feed.PostBody;
import org.agora.feed.PostView;
import org.agora.groups.GroupAdministration;
import org.agora.groups.GroupDirectory;
import org.agora.groups.GroupDraft;
import org.agora.groups.GroupMember;
import org.agora.groups.GroupMembership;
import org.agora.groups.GroupMemberships;
import org.agora.groups.GroupSummary;
import org.agora.groups.GroupVisibility;
import org.agora.groups.JoinOutcome;
import org.agora.groups.JoinRequest;
import org.agora.people.PeopleDirectory;
import org.agora.people.PersonSummary;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;
import org.agora.web.feed.ComposerView;
import org.primefaces.PrimeFaces;

/** A group's page ({@code groups/view.xhtml?slug=...}): who it is for, joining and leaving, and its posts. */
@Named
@ViewScoped
public class GroupPageView implements Serializable {

    static final int PAGE_SIZE = 20;

    @Inject
    GroupDirectory directory;

    @Inject
    GroupMemberships memberships;

    @Inject
    GroupAdministration administration;

    @Inject
    PeopleDirectory people;

    @Inject
    FeedService feed;

    @Inject
    ComposerView composer;

    private String slug;
    private GroupSummary group;
    private final List<PostView> posts = new ArrayList<>();
    private final List<PostView> pinned = new ArrayList<>();
    private boolean unansweredOnly;
    private FeedCursor nextCursor;
    private String draft;
    private List<GroupMember> members;
    private List<GroupMember> pending;
    private PersonSummary invitee;
    private String editedName;
    private String editedDescription;

    public void load() {
        if (group != null) {
            return;
        }
        try {
            group = directory.group(slug);
            if (isReadable()) {
                pinned.addAll(feed.pinned(group.id()));
                append(page(null));
            }
        } catch (NotFoundException e) {
            Messages.error("This group does not exist, or it is secret and you are not a member.");
        }
    }

    /** Joins a public group, accepts an invitation, or asks the owners of a private group. */
    public void join() {
        act(() -> {
            JoinOutcome outcome = memberships.join(group.id());
            return outcome == JoinOutcome.JOINED ? "Welcome to " + group.name() + "."
                    : "Your request is with the owners of " + group.name() + ". You will be told when they let you in.";
        });
    }

    /** Withdraws a request to join, or declines an invitation. */
    public void withdraw() {
        boolean invited = group.invited();
        act(() -> {
            memberships.withdraw(group.id());
            return invited ? "You declined the invitation." : "Your request to join is withdrawn.";
        });
    }

    public void leave() {
        act(() -> {
            memberships.leave(group.id());
            return "You left " + group.name() + ".";
        });
    }

    public void startEditing() {
        editedName = group.name();
        editedDescription = group.description();
    }

    public void saveDescription() {
        try {
            administration.describe(group.id(), new GroupDraft(editedName, editedDescription, null));
            refresh();
            Messages.info("Saved.");
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (InvalidInputException | NotFoundException | NotAllowedException e) {
            Messages.error(e.getMessage());
        }
    }

    public void archive() {
        act(() -> {
            administration.archive(group.id());
            return group.name() + " is archived: everything stays readable, and nobody can post or join until you restore it.";
        });
    }

    public void restore() {
        act(() -> {
            administration.restore(group.id());
            return group.name() + " is active again.";
        });
    }

    public void invite() {
        if (invitee == null) {
            Messages.error("Choose a colleague from the suggestions first.");
            return;
        }
        String name = invitee.fullName();
        act(() -> {
            administration.invite(group.id(), invitee.id());
            invitee = null;
            return name + " is invited.";
        });
    }

    public void approve(GroupMember member) {
        act(() -> {
            administration.approve(group.id(), member.employeeId());
            return member.fullName() + " is a member now.";
        });
    }

    public void decline(GroupMember member) {
        act(() -> {
            administration.decline(group.id(), member.employeeId());
            return member.pending() == JoinRequest.Kind.INVITATION
                    ? "The invitation of " + member.fullName() + " is taken back."
                    : "The request of " + member.fullName() + " is declined.";
        });
    }

    public void makeOwner(GroupMember member) {
        act(() -> {
            administration.assignRole(group.id(), member.employeeId(), GroupMembership.MemberRole.OWNER);
            return member.fullName() + " is an owner now.";
        });
    }

    public void makeMember(GroupMember member) {
        act(() -> {
            administration.assignRole(group.id(), member.employeeId(), GroupMembership.MemberRole.MEMBER);
            return member.fullName() + " is no longer an owner.";
        });
    }

    public void remove(GroupMember member) {
        act(() -> {
            administration.remove(group.id(), member.employeeId());
            return member.fullName() + " is no longer a member.";
        });
    }

    /** Colleagues to invite: not already in the group, nor waiting. */
    public List<PersonSummary> suggestInvitees(String typed) {
        Set<Long> present = new HashSet<>();
        getMembers().forEach(member -> present.add(member.employeeId()));
        getPending().forEach(member -> present.add(member.employeeId()));
        return people.suggest(typed, 20).stream().filter(person -> !present.contains(person.id())).limit(10).toList();
    }

    /** Runs a group action, then shows the group as it now is, and what happened or why not. */
    private void act(Supplier<String> action) {
        try {
            String done = action.get();
            refresh();
            Messages.info(done);
        } catch (InvalidInputException | NotFoundException | NotAllowedException e) {
            Messages.error(e.getMessage());
        }
    }

    public void publish() {
        try {
            PostView post = feed.publish(composer.draft(draft, group.id()));
            (post.pinned() ? pinned : posts).add(0, post);
            draft = null;
            composer.reset();
            Messages.info("Posted in " + group.name() + ".");
        } catch (InvalidInputException | NotFoundException | NotAllowedException e) {
            // the draft stays in the composer so nothing the author wrote is lost
            Messages.error(e.getMessage());
        }
    }

    public void loadMore() {
        if (nextCursor != null) {
            append(page(nextCursor));
        }
    }

    /** Switches between the whole feed and the group's questions still waiting for an answer. */
    public void filter() {
        posts.clear();
        append(page(null));
    }

    private FeedPage page(FeedCursor after) {
        return unansweredOnly ? feed.unanswered(group.id(), after, PAGE_SIZE) : feed.groupFeed(group.id(), after, PAGE_SIZE);
    }

    public List<PostView> getPinned() {
        return pinned;
    }

    public boolean isUnansweredOnly() {
        return unansweredOnly;
    }

    public void setUnansweredOnly(boolean unansweredOnly) {
        this.unansweredOnly = unansweredOnly;
    }

    private void refresh() {
        String current = group.slug();
        group = null;
        pinned.clear();
        members = null;
        pending = null;
        posts.clear();
        nextCursor = null;
        slug = current;
        load();
    }

    private void append(FeedPage page) {
        posts.addAll(page.posts());
        nextCursor = page.nextCursor();
    }

    public List<GroupMember> getMembers() {
        if (members == null) {
            members = isReadable() ? administration.members(group.id()) : List.of();
        }
        return members;
    }

    /** Requests and invitations waiting for an answer, shown to owners only. */
    public List<GroupMember> getPending() {
        if (pending == null) {
            pending = group != null && group.owner() ? administration.pending(group.id()) : List.of();
        }
        return pending;
    }

    public boolean isManaged() {
        return group != null && group.owner();
    }

    public PersonSummary getInvitee() {
        return invitee;
    }

    public void setInvitee(PersonSummary invitee) {
        this.invitee = invitee;
    }

    public String getEditedName() {
        return editedName;
    }

    public void setEditedName(String editedName) {
        this.editedName = editedName;
    }

    public String getEditedDescription() {
        return editedDescription;
    }

    public void setEditedDescription(String editedDescription) {
        this.editedDescription = editedDescription;
    }

    public GroupSummary getGroup() {
        return group;
    }

    public List<PostView> getPosts() {
        return posts;
    }

    public List<Long> getPostIds() {
        return Stream.concat(pinned.stream(), posts.stream()).map(PostView::id).toList();
    }

    public boolean isHasMore() {
        return nextCursor != null;
    }

    public boolean isReadable() {
        return group != null && (group.member() || group.visibility() == GroupVisibility.PUBLIC);
    }

    public int getMaxCharacters() {
        return PostBody.MAX_CHARACTERS;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
