package org.agora.feed.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.AnswerAccepted;
import org.agora.feed.Comment;
import org.agora.feed.CommentView;
import org.agora.feed.CommentWritten;
import org.agora.feed.Conversations;
import org.agora.feed.EmployeesMentioned;
import org.agora.feed.Post;
import org.agora.feed.PostActivity;
import org.agora.feed.PostBody;
import org.agora.feed.PostKind;
import org.agora.feed.PostPublished;
import org.agora.feed.PostReacted;
import org.agora.feed.Reaction;
import org.agora.feed.PostView;
import org.agora.feed.ReactionKind;
import org.agora.groups.GroupAccess;
import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;

@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultConversations implements Conversations {

    /** More than any page of a feed shows at once. */
    static final int MAX_POSTS_AT_ONCE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    ReadablePosts readablePosts;

    @Inject
    Event<PostReacted> reacted;

    @Inject
    Event<CommentWritten> written;

    @Inject
    Event<AnswerAccepted> accepted;

    @Inject
    Event<EmployeesMentioned> employeesMentioned;

    @Inject
    PostMarkup markup;

    @Inject
    GroupAccess groupAccess;

    @Resource
    SessionContext session;

    @Override
    public PostActivity react(long postId, ReactionKind kind) {
        if (kind == null) {
            throw new InvalidInputException("Choose a reaction: like, celebrate, insightful or support.");
        }
        Post post = readablePosts.find(postId);
        long me = currentEmployee.id();
        currentEmployee.lockForUpdate();
        Reaction mine = em.find(Reaction.class, new Reaction.Key(post.getId(), me));
        if (mine == null) {
            em.persist(new Reaction(post.getId(), me, kind));
            reacted.fire(new PostReacted(post.getId(), post.getAuthor().getId(), me, false));
        } else {
            mine.change(kind);
        }
        return summary(post.getId());
    }

    @Override
    public PostActivity withdrawReaction(long postId) {
        Post post = readablePosts.find(postId);
        long me = currentEmployee.id();
        int withdrawn = em.createQuery("delete from Reaction r where r.key.postId = :post and r.key.employeeId = :me")
                .setParameter("post", post.getId()).setParameter("me", me)
                .executeUpdate();
        if (withdrawn > 0) {
            reacted.fire(new PostReacted(post.getId(), post.getAuthor().getId(), me, true));
        }
        return summary(post.getId());
    }

    @Override
    public CommentView comment(long postId, String body, Long replyTo) {
        PostMarkup.Linked linked = markup.link(PostBody.fromUserInput(body));
        PostBody text = linked.body();
        Post post = readablePosts.find(postId);
        Comment parent = null;
        if (replyTo != null) {
            parent = em.find(Comment.class, replyTo);
            if (parent == null || !parent.getPost().getId().equals(post.getId())) {
                throw new InvalidInputException("The comment you reply to is not on this post.");
            }
            // replies stay one level deep: answering a reply joins the thread of its comment
            if (parent.getParent() != null) {
                parent = parent.getParent();
            }
        }
        Comment comment = new Comment(post, parent, currentEmployee.get(), text,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        em.persist(comment);
        written.fire(new CommentWritten(comment.getId(), post.getId(), post.getAuthor().getId(), currentEmployee.id(),
                parent == null ? null : parent.getAuthor().getId()));
        Set<Long> mentioned = new HashSet<>(linked.mentionedIds());
        mentioned.remove(currentEmployee.id());
        if (!mentioned.isEmpty()) {
            PostPublished where = post.published();
            employeesMentioned.fire(new EmployeesMentioned(post.getId(), currentEmployee.id(), where.groupId(),
                    where.openToEveryone(), Set.copyOf(mentioned), true));
        }
        return CommentView.of(comment, List.of());
    }

    @Override
    public PostView accept(long postId, Long commentId) {
        Post post = readablePosts.find(postId);
        if (post.getKind() != PostKind.QUESTION) {
            throw new InvalidInputException("Only a question takes an accepted answer.");
        }
        if (!post.isWrittenBy(currentEmployee.id()) && !session.isCallerInRole(Role.ADMIN_ROLE)
                && (post.getGroup() == null || !groupAccess.isManagedByCaller(post.getGroup().getId()))) {
            throw new NotAllowedException("Only the asker, or an owner of the group, accepts an answer.");
        }
        Comment answer = null;
        if (commentId != null) {
            answer = em.find(Comment.class, commentId);
            if (answer == null || !answer.getPost().getId().equals(post.getId())) {
                throw new InvalidInputException("The answer you accept must be a comment on this question.");
            }
        }
        Long before = post.getAcceptedCommentId();
        post.accept(commentId);
        if (!Objects.equals(commentId, before)) {
            accepted.fire(new AnswerAccepted(postId, commentId, before,
                    answer == null ? null : answer.getAuthor().getId(), currentEmployee.id()));
        }
        return PostView.of(post);
    }

    @Override
    public List<CommentView> comments(long postId) {
        Post post = readablePosts.find(postId);
        List<Comment> all = em.createQuery("""
                        select c from Comment c join fetch c.author left join fetch c.parent
                        where c.post.id = :post and (c.hiddenAt is null or c.author.id = :me)
                        order by c.createdAt, c.id""", Comment.class)
                .setParameter("post", post.getId())
                .setParameter("me", currentEmployee.id())
                .getResultList();
        Map<Long, List<CommentView>> replies = new HashMap<>();
        for (Comment comment : all) {
            if (comment.getParent() != null) {
                replies.computeIfAbsent(comment.getParent().getId(), id -> new ArrayList<>())
                        .add(CommentView.of(comment, List.of()));
            }
        }
        return all.stream().filter(comment -> comment.getParent() == null)
                .map(comment -> CommentView.of(comment, replies.getOrDefault(comment.getId(), List.of())))
                .toList();
    }

    @Override
    public Map<Long, PostActivity> activityOf(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        if (postIds.size() > MAX_POSTS_AT_ONCE) {
            throw new InvalidInputException("Ask for at most " + MAX_POSTS_AT_ONCE + " posts at once.");
        }
        long me = currentEmployee.id();
        Map<Long, Map<ReactionKind, Long>> reactions = new LinkedHashMap<>();
        Map<Long, ReactionKind> mine = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select r.key.postId, r.kind, count(r), sum(case when r.key.employeeId = :me then 1 else 0 end)
                        from Reaction r, Post p left join p.group g
                        where p.id = r.key.postId and p.id in :posts and """ + ReadablePosts.READABLE
                        + " group by r.key.postId, r.kind", Object[].class)
                .setParameter("me", me)
                .setParameter("posts", postIds)
                .setParameter("audiences", readablePosts.personalAudiences())
                .setParameter("memberGroups", readablePosts.memberGroups())
                .getResultList()) {
            long postId = (Long) row[0];
            ReactionKind kind = (ReactionKind) row[1];
            reactions.computeIfAbsent(postId, id -> new EnumMap<>(ReactionKind.class)).put(kind, ((Number) row[2]).longValue());
            if (((Number) row[3]).longValue() > 0) {
                mine.put(postId, kind);
            }
        }
        Map<Long, Long> comments = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select c.post.id, count(c) from Comment c join c.post p left join p.group g
                        where p.id in :posts and """ + ReadablePosts.READABLE + " group by c.post.id", Object[].class)
                .setParameter("posts", postIds)
                .setParameter("audiences", readablePosts.personalAudiences())
                .setParameter("memberGroups", readablePosts.memberGroups())
                .getResultList()) {
            comments.put((Long) row[0], ((Number) row[1]).longValue());
        }
        Map<Long, PostActivity> activity = new HashMap<>();
        for (Long postId : postIds) {
            if (reactions.containsKey(postId) || comments.containsKey(postId)) {
                activity.put(postId, new PostActivity(reactions.getOrDefault(postId, Map.of()), mine.get(postId),
                        comments.getOrDefault(postId, 0L)));
            }
        }
        return activity;
    }

    @Override
    public PostActivity activity(long postId) {
        return summary(readablePosts.find(postId).getId());
    }

    private PostActivity summary(long postId) {
        return activityOf(List.of(postId)).getOrDefault(postId, PostActivity.NONE);
    }
}
