package org.agora.web.feed;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.feed.FeedCursor;
import org.agora.feed.FeedPage;
import org.agora.feed.FeedService;
import org.agora.feed.PostBody;
import org.agora.feed.PostView;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.web.faces.Messages;

/**
 * Backs the home page: writing a post and reading the feed, page by page: what the employee follows (colleagues,
 * groups, company announcements), everything they may read, or the questions still waiting for an answer.
 */
@Named
@ViewScoped
public class HomeView implements Serializable {

    static final int PAGE_SIZE = 20;

    /** Which posts the feed shows. */
    public enum Showing {
        FOLLOWING("Following"), EVERYTHING("All company"), UNANSWERED("Unanswered questions");

        private final String label;

        Showing(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    @Inject
    FeedService feed;

    @Inject
    ComposerView composer;

    private String draft;
    private final List<PostView> posts = new ArrayList<>();
    private List<PostView> pinned;
    private FeedCursor nextCursor;
    private Showing showing = Showing.FOLLOWING;

    @PostConstruct
    void loadFirstPage() {
        pinned = new ArrayList<>(feed.pinned(null));
        append(page(null));
    }

    public void publish() {
        try {
            PostView post = feed.publish(composer.draft(draft, null));
            if (post.pinned()) {
                pinned.add(0, post);
            } else {
                posts.add(0, post);
            }
            draft = null;
            composer.reset();
            Messages.info("Posted. Colleagues can find it in search within seconds.");
        } catch (InvalidInputException | NotAllowedException e) {
            // the draft stays in the composer so nothing the author wrote is lost
            Messages.error(e.getMessage());
        }
    }

    /** Switches what the feed shows, from its first page. */
    public void filter() {
        posts.clear();
        append(page(null));
    }

    public void loadMore() {
        if (nextCursor != null) {
            append(page(nextCursor));
        }
    }

    private FeedPage page(FeedCursor after) {
        return switch (showing) {
            case FOLLOWING -> feed.homeFeed(after, PAGE_SIZE);
            case EVERYTHING -> feed.everything(after, PAGE_SIZE);
            case UNANSWERED -> feed.unanswered(null, after, PAGE_SIZE);
        };
    }

    public List<PostView> getPinned() {
        return pinned;
    }

    public Showing getShowing() {
        return showing;
    }

    public void setShowing(Showing showing) {
        this.showing = showing == null ? Showing.FOLLOWING : showing;
    }

    public Showing[] getShowings() {
        return Showing.values();
    }

    private void append(FeedPage page) {
        posts.addAll(page.posts());
        nextCursor = page.nextCursor();
    }

    public List<PostView> getPosts() {
        return posts;
    }

    /** Every post on the page, pinned ones included, whose activity and polls are read at once. */
    public List<Long> getPostIds() {
        return Stream.concat(pinned.stream(), posts.stream()).map(PostView::id).toList();
    }

    public boolean isHasMore() {
        return nextCursor != null;
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
