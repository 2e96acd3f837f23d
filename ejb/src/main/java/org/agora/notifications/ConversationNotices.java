package org.agora.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.AnswerAccepted;
import org.agora.feed.CommentWritten;
import org.agora.feed.PostReacted;
import org.agora.moderation.ContentHidden;

/**
 * Tells authors when colleagues answer them, in the transaction of the answer: a comment on their post, a reply
 * to their comment, a first reaction (taken back while unread if the reaction is). Nobody hears about themselves.
 */
@ApplicationScoped
public class ConversationNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notices notices;

    void onComment(@Observes CommentWritten comment) {
        if (comment.postAuthorId() != comment.commenterId()) {
            notices.store(new Notification(comment.postAuthorId(), NotificationKind.COMMENT, comment.commenterId(), null,
                    comment.postId()));
        }
        Long repliedTo = comment.repliedToAuthorId();
        // the post's author already hears of every comment on it
        if (repliedTo != null && repliedTo != comment.commenterId() && repliedTo != comment.postAuthorId()) {
            notices.store(new Notification(repliedTo, NotificationKind.REPLY, comment.commenterId(), null,
                    comment.postId()));
        }
    }

    void onAnswerAccepted(@Observes AnswerAccepted accepted) {
        if (accepted.answerAuthorId() != null && accepted.answerAuthorId() != accepted.acceptedById()) {
            notices.store(new Notification(accepted.answerAuthorId(), NotificationKind.ANSWER_ACCEPTED,
                    accepted.acceptedById(), null, accepted.postId()));
        }
    }

    /** Moderators stay anonymous to the author; the reason is what matters, and the audit log says who. */
    void onContentHidden(@Observes ContentHidden hidden) {
        notices.store(new Notification(hidden.authorId(), NotificationKind.CONTENT_HIDDEN, null, hidden.reason(),
                hidden.postId()));
    }

    void onReaction(@Observes PostReacted reaction) {
        if (reaction.postAuthorId() == reaction.reactorId()) {
            return;
        }
        if (reaction.withdrawn()) {
            em.createQuery("""
                            delete from Notification n where n.recipientId = :author and n.kind = :kind
                            and n.actorId = :reactor and n.postId = :post and n.readAt is null""")
                    .setParameter("author", reaction.postAuthorId())
                    .setParameter("kind", NotificationKind.REACTION)
                    .setParameter("reactor", reaction.reactorId())
                    .setParameter("post", reaction.postId())
                    .executeUpdate();
        } else {
            notices.store(new Notification(reaction.postAuthorId(), NotificationKind.REACTION, reaction.reactorId(), null,
                    reaction.postId()));
        }
    }
}
