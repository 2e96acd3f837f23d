package org.agora.web.feed;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.feed.FeedService;
import org.agora.feed.PostRevisionView;
import org.agora.feed.PostView;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;

/** One post on its own page ({@code posts/view.xhtml?id=...}), its comments open: where notifications lead. */
@Named
@ViewScoped
public class PostPageView implements Serializable {

    @Inject
    FeedService feed;

    @Inject
    ConversationView conversation;

    private Long id;
    private PostView post;
    private List<PostRevisionView> history;

    public void load() {
        if (post != null) {
            return;
        }
        try {
            post = feed.post(id == null ? -1 : id);
            if (!conversation.isOpen(post.id())) {
                conversation.toggleComments(post.id());
            }
        } catch (NotFoundException e) {
            Messages.error("This post does not exist, or it is in a group you are not a member of.");
        }
    }

    /** The post as a list, for the repeat that shows posts; empty when it could not be read. */
    public List<PostView> getPosts() {
        return post == null ? List.of() : List.of(post);
    }

    public List<Long> getPostIds() {
        return post == null ? List.of() : List.of(post.id());
    }

    /** Earlier wordings, newest first, when the post was edited. */
    public List<PostRevisionView> getHistory() {
        if (history == null) {
            history = post == null || post.editedAt() == null ? List.of() : feed.history(post.id());
        }
        return history;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
