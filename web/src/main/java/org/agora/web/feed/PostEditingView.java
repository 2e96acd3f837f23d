package org.agora.web.feed;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.feed.Conversations;
import org.agora.feed.FeedService;
import org.agora.feed.PostBody;
import org.agora.feed.PostView;
import org.agora.identity.CurrentEmployee;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;

/**
 * An author editing or deleting their post, on whichever page shows it. Remembers what changed in this view,
 * so the page's list of posts shows the new text without being read again.
 */
@Named
@ViewScoped
public class PostEditingView implements Serializable {

    @Inject
    FeedService feed;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    Conversations conversations;

    private final Map<Long, PostView> revised = new HashMap<>();
    private final Set<Long> deleted = new HashSet<>();
    private Long editing;
    private String draft;

    /** The post as it now stands: edited in this view, or as the page read it. */
    public PostView current(PostView shown) {
        return revised.getOrDefault(shown.id(), shown);
    }

    public boolean isDeleted(long postId) {
        return deleted.contains(postId);
    }

    public boolean mayChange(PostView post) {
        return post.authorId() == currentEmployee.id();
    }

    public boolean isEditing(long postId) {
        return editing != null && editing == postId;
    }

    public void startEditing(long postId) {
        try {
            draft = feed.source(postId);
            editing = postId;
        } catch (NotFoundException | NotAllowedException e) {
            Messages.error(e.getMessage());
        }
    }

    public void cancel() {
        editing = null;
        draft = null;
    }

    /** Saves the new text; a refused edit keeps the draft in the editor. */
    public void save(long postId) {
        try {
            revised.put(postId, feed.edit(postId, draft));
            cancel();
            Messages.info("Your post is updated.");
        } catch (InvalidInputException | NotFoundException | NotAllowedException e) {
            Messages.error(e.getMessage());
        }
    }

    public void delete(long postId) {
        try {
            feed.delete(postId);
            deleted.add(postId);
            Messages.info("Your post is deleted.");
        } catch (NotFoundException | NotAllowedException e) {
            Messages.error(e.getMessage());
        }
    }

    /** The asker accepts an answer on the page (group owners may too, through the API). */
    public boolean mayAccept(PostView post) {
        return post.question() && mayChange(post);
    }

    public void accept(long postId, Long commentId) {
        try {
            revised.put(postId, conversations.accept(postId, commentId));
            Messages.info(commentId == null ? "The answer is no longer accepted." : "Answer accepted. Its author is told.");
        } catch (InvalidInputException | NotFoundException | NotAllowedException e) {
            Messages.error(e.getMessage());
        }
    }

    public void unpin(long postId) {
        try {
            revised.put(postId, feed.unpin(postId));
            Messages.info("Unpinned: the announcement takes its place in the feed.");
        } catch (NotFoundException | NotAllowedException e) {
            Messages.error(e.getMessage());
        }
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
}
