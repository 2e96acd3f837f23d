package org.agora.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.agora.feed.AnswerAccepted;
import org.agora.feed.CommentWritten;
import org.agora.feed.PostDeleted;
import org.agora.feed.PostPublished;
import org.agora.groups.GroupChanged;
import org.agora.liveqa.LiveSessionChanged;
import org.agora.moderation.ContentHidden;
import org.agora.search.internal.ContentDocuments;
import org.agora.search.outbox.DocumentSource;
import org.agora.search.outbox.SearchOutbox;

/**
 * Records every content change in the search outbox, inside the transaction that made it. The documents are built
 * when they are sent, from the newest committed state, so a post edited twice in a row, a comment accepted as the
 * answer, or a group renamed, always reach search as they finally stand.
 */
@ApplicationScoped
public class ContentIndexing implements DocumentSource {

    @Inject
    SearchOutbox outbox;

    @Inject
    ContentDocuments documents;

    void onPostPublished(@Observes PostPublished post) {
        rebuild(List.of(ContentDocument.postId(post.postId())));
    }

    void onCommentWritten(@Observes CommentWritten comment) {
        rebuild(List.of(ContentDocument.commentId(comment.commentId())));
    }

    /** The accepted comment becomes an answer, ranked above comments; the one accepted before is a comment again. */
    void onAnswerAccepted(@Observes AnswerAccepted accepted) {
        if (accepted.commentId() != null) {
            rebuild(List.of(ContentDocument.commentId(accepted.commentId())));
        }
        if (accepted.previousCommentId() != null) {
            rebuild(List.of(ContentDocument.commentId(accepted.previousCommentId())));
        }
    }

    void onContentHidden(@Observes ContentHidden hidden) {
        rebuild(hidden.commentId() == null ? documents.postWithComments(hidden.postId())
                : List.of(ContentDocument.commentId(hidden.commentId())));
    }

    /** Observed before the post is removed, while its comments can still be listed. */
    void onPostDeleted(@Observes PostDeleted post) {
        rebuild(documents.postWithComments(post.postId()));
    }

    /** A live Q&A session is found by its title, description, questions and answers, never by an anonymous asker. */
    void onLiveSessionChanged(@Observes LiveSessionChanged session) {
        rebuild(List.of(ContentDocument.liveSessionId(session.sessionId())));
    }

    void onGroupChanged(@Observes GroupChanged group) {
        rebuild(documents.inGroup(group.groupId()));
    }

    private void rebuild(Collection<String> documentIds) {
        documentIds.forEach(id -> outbox.rebuild(SearchIndex.CONTENT, id));
    }

    @Override
    public SearchIndex index() {
        return SearchIndex.CONTENT;
    }

    @Override
    public Map<String, Object> currentDocuments(Collection<String> documentIds) {
        return documents.byId(documentIds);
    }

    @Override
    public List<String> allDocumentIds() {
        return documents.allIds();
    }
}
