package org.agora.web.groups;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.feed.FeedCursor;
import org.agora.feed.FeedPage;
import org.agora.feed.FeedService;
import org.agora.feed.PostBody;
import org.agora.feed.PostView;
import org.agora.groups.GroupDirectory;
import org.agora.groups.GroupMemberships;
import org.agora.groups.GroupSummary;
import org.agora.groups.GroupVisibility;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;

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
    FeedService feed;

    private String slug;
    private GroupSummary group;
    private final List<PostView> posts = new ArrayList<>();
    private FeedCursor nextCursor;
    private String draft;

    public void load() {
        if (group != null) {
            return;
        }
        try {
            group = directory.group(slug);
            if (isReadable()) {
                append(feed.groupFeed(group.id(), null, PAGE_SIZE));
            }
        } catch (NotFoundException e) {
            Messages.error("This group does not exist, or it is secret and you are not a member.");
        }
    }

    public void join() {
        try {
            memberships.join(group.id());
            refresh();
            Messages.info("Welcome to " + group.name() + ".");
        } catch (InvalidInputException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void leave() {
        try {
            memberships.leave(group.id());
            refresh();
            Messages.info("You left " + group.name() + ".");
        } catch (InvalidInputException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void publish() {
        try {
            posts.add(0, feed.publish(draft, group.id()));
            draft = null;
            Messages.info("Posted in " + group.name() + ".");
        } catch (InvalidInputException | NotFoundException e) {
            // the draft stays in the composer so nothing the author wrote is lost
            Messages.error(e.getMessage());
        }
    }

    public void loadMore() {
        if (nextCursor != null) {
            append(feed.groupFeed(group.id(), nextCursor, PAGE_SIZE));
        }
    }

    private void refresh() {
        String current = group.slug();
        group = null;
        posts.clear();
        nextCursor = null;
        slug = current;
        load();
    }

    private void append(FeedPage page) {
        posts.addAll(page.posts());
        nextCursor = page.nextCursor();
    }

    public GroupSummary getGroup() {
        return group;
    }

    public List<PostView> getPosts() {
        return posts;
    }

    public List<Long> getPostIds() {
        return posts.stream().map(PostView::id).toList();
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
