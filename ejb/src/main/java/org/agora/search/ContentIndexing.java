package org.agora.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.agora.feed.PostDeleted;
import org.agora.feed.PostPublished;
import org.agora.moderation.ContentHidden;
import org.agora.search.outbox.SearchOutbox;

/** Records every content change in the search outbox, inside the transaction that made it. */
@ApplicationScoped
public class ContentIndexing {

    @Inject
    SearchOutbox outbox;

    void onPostPublished(@Observes PostPublished post) {
        outbox.index(SearchIndex.CONTENT, ContentDocument.postId(post.postId()), post.version(), ContentDocument.of(post));
    }

    void onContentHidden(@Observes ContentHidden hidden) {
        if (hidden.commentId() == null) {
            outbox.delete(SearchIndex.CONTENT, ContentDocument.postId(hidden.postId()), hidden.postVersion() + 1);
        }
    }

    void onPostDeleted(@Observes PostDeleted post) {
        outbox.delete(SearchIndex.CONTENT, ContentDocument.postId(post.postId()), post.version() + 1);
    }
}
