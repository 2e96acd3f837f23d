package org.agora.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.Comment;
import org.agora.feed.Post;
import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.people.Employee;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;

/**
 * The moderators' desk: reported content oldest first, hiding (with a reason its author is told) or dismissing,
 * and the log of every decision. The content itself is never deleted here.
 */
@Stateless
@RolesAllowed({Role.MODERATOR_ROLE, Role.ADMIN_ROLE})
public class ModerationDesk {

    static final int MAX_HIDE_REASON = 200;
    static final int EXCERPT = 280;
    static final int MAX_CASES = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    Event<ContentHidden> contentHidden;

    public List<ModerationCase> openCases() {
        List<Object[]> open = em.createQuery("""
                        select r.postId, r.commentId, count(r), min(r.createdAt) from ContentReport r
                        where r.resolvedAt is null group by r.postId, r.commentId order by min(r.createdAt)""",
                        Object[].class)
                .setMaxResults(MAX_CASES)
                .getResultList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> reasons = new HashMap<>();
        em.createQuery("""
                        select r.postId, r.commentId, r.reason from ContentReport r
                        where r.resolvedAt is null and r.postId in :posts order by r.createdAt""", Object[].class)
                .setParameter("posts", open.stream().map(row -> (Long) row[0]).toList())
                .getResultList()
                .forEach(row -> reasons.computeIfAbsent(key((Long) row[0], (Long) row[1]), k -> new ArrayList<>())
                        .add((String) row[2]));
        List<ModerationCase> cases = new ArrayList<>();
        for (Object[] row : open) {
            long postId = (Long) row[0];
            Long commentId = (Long) row[1];
            Post post = em.find(Post.class, postId);
            Employee author = commentId == null ? post.getAuthor() : em.find(Comment.class, commentId).getAuthor();
            String text = commentId == null ? post.getBody().text() : em.find(Comment.class, commentId).getBodyText();
            cases.add(new ModerationCase(postId, commentId, author.getId(), author.getFullName(),
                    post.getGroup() == null ? null : post.getGroup().getName(), excerpt(text), (Long) row[2],
                    reasons.getOrDefault(key(postId, commentId), List.of()), (Instant) row[3]));
        }
        return cases;
    }

    /** Hides a post ({@code commentId} null) or a comment: out of feeds and search, kept for its author, who is told why. */
    public void hide(long postId, Long commentId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3) {
            throw new InvalidInputException("Say which part of the policy it breaks: its author is told.");
        }
        if (why.length() > MAX_HIDE_REASON) {
            throw new InvalidInputException("Keep the reason to %d characters; this one has %d."
                    .formatted(MAX_HIDE_REASON, why.length()));
        }
        Post post = post(postId);
        Instant now = Instant.now();
        long authorId;
        String text;
        if (commentId == null) {
            boolean openToEveryone = post.published().openToEveryone();
            post.hide(why, now);
            em.flush(); // the new version is what search receives
            authorId = post.getAuthor().getId();
            text = post.getBody().text();
            contentHidden.fire(new ContentHidden(postId, null, authorId, openToEveryone, why));
        } else {
            Comment comment = comment(post, commentId);
            comment.hide(why, now);
            authorId = comment.getAuthor().getId();
            text = comment.getBodyText();
            contentHidden.fire(new ContentHidden(postId, commentId, authorId, false, why));
        }
        resolve(postId, commentId, now);
        em.persist(new ModerationAction(currentEmployee.id(), ModerationAction.Decision.HIDE, postId, commentId,
                authorId, why, excerpt(text), now));
    }

    /** Closes the reports on content that keeps its place: criticism is answered, not deleted. */
    public void dismiss(long postId, Long commentId) {
        Post post = post(postId);
        Instant now = Instant.now();
        Employee author = commentId == null ? post.getAuthor() : comment(post, commentId).getAuthor();
        String text = commentId == null ? post.getBody().text() : comment(post, commentId).getBodyText();
        if (resolve(postId, commentId, now) == 0) {
            throw new NotFoundException("Nothing reported about this is waiting.");
        }
        em.persist(new ModerationAction(currentEmployee.id(), ModerationAction.Decision.DISMISS, postId, commentId,
                author.getId(), null, excerpt(text), now));
    }

    /** The latest decisions, newest first. */
    public List<ModerationLogEntry> log(int limit) {
        return em.createQuery("""
                        select new org.agora.moderation.ModerationLogEntry(m.fullName, a.action, a.postId, a.commentId,
                            w.fullName, a.excerpt, a.reason, a.takenAt)
                        from ModerationAction a, Employee m, Employee w
                        where m.id = a.moderatorId and w.id = a.authorId
                        order by a.takenAt desc, a.id desc""", ModerationLogEntry.class)
                .setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultList();
    }

    private int resolve(long postId, Long commentId, Instant now) {
        return em.createQuery("""
                        update ContentReport r set r.resolvedAt = :now
                        where r.postId = :post and r.resolvedAt is null
                          and (r.commentId = :comment or (r.commentId is null and :comment = -1))""")
                .setParameter("now", now)
                .setParameter("post", postId)
                .setParameter("comment", commentId == null ? -1L : commentId)
                .executeUpdate();
    }

    private Post post(long postId) {
        Post post = em.find(Post.class, postId);
        if (post == null) {
            throw new NotFoundException("There is no post " + postId + ".");
        }
        return post;
    }

    private Comment comment(Post post, long commentId) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null || !comment.getPost().getId().equals(post.getId())) {
            throw new NotFoundException("There is no comment " + commentId + " on post " + post.getId() + ".");
        }
        return comment;
    }

    private static String key(Long postId, Long commentId) {
        return postId + "/" + commentId;
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }
}
