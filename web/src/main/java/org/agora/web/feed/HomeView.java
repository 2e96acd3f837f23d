package org.agora.web.feed;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

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
import org.agora.web.faces.Messages;

/** Backs the home page: writing a post and reading the feed, page by page. */
@Named
@ViewScoped
public class HomeView implements Serializable {

    static final int PAGE_SIZE = 20;

    @Inject
    FeedService feed;

    private String draft;
    private final List<PostView> posts = new ArrayList<>();
    private FeedCursor nextCursor;

    @PostConstruct
    void loadFirstPage() {
        append(feed.homeFeed(null, PAGE_SIZE));
    }

    public void publish() {
        try {
            PostView post = feed.publish(draft, null);
            posts.add(0, post);
            draft = null;
            Messages.info("Posted. Colleagues can find it in search within seconds.");
        } catch (InvalidInputException e) {
            // the draft stays in the composer so nothing the author wrote is lost
            Messages.error(e.getMessage());
        }
    }

    public void loadMore() {
        if (nextCursor != null) {
            append(feed.homeFeed(nextCursor, PAGE_SIZE));
        }
    }

    private void append(FeedPage page) {
        posts.addAll(page.posts());
        nextCursor = page.nextCursor();
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
