package org.agora.web.feed;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.feed.CommentView;
import org.agora.feed.Conversations;
import org.agora.feed.PostActivity;
import org.agora.feed.ReactionKind;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;

/**
 * Reactions and comments under the posts of the home feed. Activity is read for all the posts shown at once, and
 * again only for a post someone acts on; a comment refused keeps its text in the box.
 */
@Named
@ViewScoped
public class ConversationView implements Serializable {

    private static final Map<ReactionKind, String> LABELS = Map.of(ReactionKind.LIKE, "Like",
            ReactionKind.CELEBRATE, "Celebrate", ReactionKind.INSIGHTFUL, "Insightful", ReactionKind.SUPPORT, "Support");
    private static final Map<ReactionKind, String> ICONS = Map.of(ReactionKind.LIKE, "pi pi-thumbs-up",
            ReactionKind.CELEBRATE, "pi pi-sparkles", ReactionKind.INSIGHTFUL, "pi pi-lightbulb",
            ReactionKind.SUPPORT, "pi pi-heart");

    @Inject
    Conversations conversations;

    private final Map<Long, PostActivity> activity = new HashMap<>();
    private final Set<Long> activityRead = new HashSet<>();
    private final Map<Long, List<CommentView>> openThreads = new HashMap<>();
    private final Map<Long, String> drafts = new HashMap<>();
    private final Map<Long, CommentView> replyingTo = new HashMap<>();

    /** The activity of a post; the first ask reads that of every post shown on the page at once. */
    public PostActivity activity(long postId, List<Long> shownPostIds) {
        if (!activityRead.contains(postId)) {
            List<Long> unread = shownPostIds.stream().filter(id -> !activityRead.contains(id)).toList();
            List<Long> batch = unread.contains(postId) ? unread : List.of(postId);
            activity.putAll(conversations.activityOf(batch));
            activityRead.addAll(batch);
        }
        return activity.getOrDefault(postId, PostActivity.NONE);
    }

    private PostActivity activity(long postId) {
        return activity(postId, List.of(postId));
    }

    /** Clicking one's own reaction again takes it back; another kind replaces it. */
    public void react(long postId, ReactionKind kind) {
        try {
            activity.put(postId, kind == activity(postId).myReaction()
                    ? conversations.withdrawReaction(postId) : conversations.react(postId, kind));
        } catch (NotFoundException e) {
            Messages.error("This post is no longer there for you.");
        }
    }

    public void toggleComments(long postId) {
        if (openThreads.remove(postId) == null) {
            loadThread(postId);
        }
    }

    public void replyTo(long postId, CommentView comment) {
        replyingTo.put(postId, comment);
    }

    public void cancelReply(long postId) {
        replyingTo.remove(postId);
    }

    public void comment(long postId) {
        CommentView answered = replyingTo.get(postId);
        try {
            conversations.comment(postId, drafts.get(postId), answered == null ? null : answered.id());
            drafts.remove(postId);
            replyingTo.remove(postId);
            loadThread(postId);
            activity.put(postId, conversations.activity(postId));
        } catch (InvalidInputException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    private void loadThread(long postId) {
        try {
            openThreads.put(postId, conversations.comments(postId));
        } catch (NotFoundException e) {
            Messages.error("This post is no longer there for you.");
        }
    }

    public boolean isOpen(long postId) {
        return openThreads.containsKey(postId);
    }

    public List<CommentView> thread(long postId) {
        return openThreads.getOrDefault(postId, List.of());
    }

    public CommentView answering(long postId) {
        return replyingTo.get(postId);
    }

    public ReactionKind[] getKinds() {
        return ReactionKind.values();
    }

    public String label(ReactionKind kind) {
        return LABELS.get(kind);
    }

    public String icon(ReactionKind kind) {
        return ICONS.get(kind);
    }

    public Map<Long, String> getDrafts() {
        return drafts;
    }
}
