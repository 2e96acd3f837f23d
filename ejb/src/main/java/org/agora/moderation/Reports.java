package org.agora.moderation;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.Comment;
import org.agora.feed.FeedService;
import org.agora.feed.PostView;
import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;

/** Any employee reports a post or a comment they can read, once, with a reason for the moderators. */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class Reports {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    FeedService feed;

    public void report(long postId, Long commentId, String reason) {
        PostView post = feed.post(postId); // a post the employee may not read does not exist for them
        long authorId = post.authorId();
        if (commentId != null) {
            Comment comment = em.find(Comment.class, commentId);
            if (comment == null || !comment.getPost().getId().equals(postId) || comment.isHidden()) {
                throw new NotFoundException("There is no comment " + commentId + " on this post.");
            }
            authorId = comment.getAuthor().getId();
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3) {
            throw new InvalidInputException("Say what is wrong with it, so that a moderator can judge.");
        }
        if (why.length() > ContentReport.MAX_REASON) {
            throw new InvalidInputException("A reason can be at most %d characters long; this one has %d."
                    .formatted(ContentReport.MAX_REASON, why.length()));
        }
        if (authorId == currentEmployee.id()) {
            throw new InvalidInputException("This is yours: edit or delete it instead of reporting it.");
        }
        boolean alreadyReported = em.createQuery("""
                        select count(r) from ContentReport r where r.postId = :post and r.reporterId = :me
                          and r.resolvedAt is null
                          and (r.commentId = :comment or (r.commentId is null and :comment = -1))""", Long.class)
                .setParameter("post", postId)
                .setParameter("me", currentEmployee.id())
                .setParameter("comment", commentId == null ? -1L : commentId)
                .getSingleResult() > 0;
        if (alreadyReported) {
            throw new InvalidInputException("You have already reported this. A moderator will look at it.");
        }
        em.persist(new ContentReport(postId, commentId, currentEmployee.id(), why, Instant.now()));
    }
}
