package org.agora.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.agora.feed.PostDeleted;
import org.agora.feed.PostPublished;
import org.agora.search.outbox.SearchOutbox;

/** Records every content change in the search outbox, inside the transaction that made it. */
@ApplicationScoped
public class ContentIndexing {

    @Inject
    SearchOutbox outbox;

    void onPostPublished(@Observes PostPublished post) {
        outbox.index(SearchIndex.CONTENT, ContentDocument.postId(post.postId()), post.version(), ContentDocument.of(post));
    }

    void onPostDeleted(@Observes PostDeleted post) {
        outbox.delete(SearchIndex.CONTENT, ContentDocument.postId(post.postId()), post.version() + 1);
    }
}
