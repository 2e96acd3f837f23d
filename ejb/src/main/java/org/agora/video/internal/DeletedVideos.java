package org.agora.video.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.agora.feed.PostDeleted;
import org.agora.shared.AfterCommit;

/** A video goes with its post (the database cascades the row); its film and poster go once that has committed. */
@ApplicationScoped
class DeletedVideos {

    @Inject
    VideoFiles files;

    @Resource
    TransactionSynchronizationRegistry transactions;

    void onPostDeleted(@Observes PostDeleted post) {
        AfterCommit.run(transactions, () -> {
            AfterCommit.deleteQuietly(files.film(post.postId()));
            AfterCommit.deleteQuietly(files.poster(post.postId()));
        });
    }
}
