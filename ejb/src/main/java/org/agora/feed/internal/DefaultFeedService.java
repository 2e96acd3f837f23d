package org.agora.feed.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.FeedCursor;
import org.agora.feed.FeedPage;
import org.agora.feed.FeedService;
import org.agora.feed.Post;
import org.agora.feed.PostBody;
import org.agora.feed.PostPublished;
import org.agora.feed.PostView;
import org.agora.groups.CommunityGroup;
import org.agora.groups.GroupDirectory;
import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.people.Employee;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;

@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultFeedService implements FeedService {

    static final int MAX_PAGE_SIZE = 100;
    /** The posts the caller may read (the rule of Post.isReadableByMemberOf, in the database); more conditions follow. */
    private static final String READABLE_POSTS = """
            select p from Post p join fetch p.author left join fetch p.group left join p.group g
            where """ + ReadablePosts.READABLE;
    private static final Logger LOG = Logger.getLogger(DefaultFeedService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    GroupDirectory groups;

    @Inject
    Event<PostPublished> postPublished;

    @Inject
    ReadablePosts readablePosts;

    @Override
    public PostView publish(String body, Long groupId) {
        PostBody postBody = PostBody.fromUserInput(body);
        Employee author = currentEmployee.get();
        CommunityGroup group = groupId == null ? null : groupTheAuthorMayPostIn(groupId, author);
        Post post = new Post(author, group, postBody, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        em.persist(post);
        postPublished.fire(post.published());
        LOG.fine(() -> "Post " + post.getId() + " published by employee " + author.getId());
        return PostView.of(post);
    }

    private CommunityGroup groupTheAuthorMayPostIn(long groupId, Employee author) {
        CommunityGroup group = em.find(CommunityGroup.class, groupId);
        boolean member = group != null && groups.myGroupIds().contains(groupId);
        if (group == null || (!group.isOpenToEveryone() && !member)) {
            throw new NotFoundException("There is no group " + groupId + " you can post in.");
        }
        if (!member) {
            throw new InvalidInputException("Join " + group.getName() + " to post in it.");
        }
        return group;
    }

    @Override
    public PostView post(long postId) {
        return PostView.of(readablePosts.find(postId));
    }

    @Override
    public List<PostView> recentPostsBy(long authorId, int limit) {
        return em.createQuery(READABLE_POSTS + " and p.author.id = :author order by p.createdAt desc, p.id desc", Post.class)
                .setParameter("memberGroups", readablePosts.memberGroups())
                .setParameter("author", authorId)
                .setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE_SIZE)))
                .getResultStream().map(PostView::of).toList();
    }

    @Override
    public FeedPage homeFeed(FeedCursor cursor, int pageSize) {
        return page(null, cursor, pageSize);
    }

    @Override
    public FeedPage groupFeed(long groupId, FeedCursor cursor, int pageSize) {
        CommunityGroup group = em.find(CommunityGroup.class, groupId);
        if (group == null || (!group.isOpenToEveryone() && !groups.myGroupIds().contains(groupId))) {
            throw new NotFoundException("There is no group " + groupId + " whose posts you can read.");
        }
        return page(groupId, cursor, pageSize);
    }

    /** Newest first, after the cursor; {@code groupId} null for everything readable. */
    private FeedPage page(Long groupId, FeedCursor cursor, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        var query = em.createQuery(READABLE_POSTS + """
                         and (:anyGroup = true or g.id = :group)
                         and (:first = true or p.createdAt < :before or (p.createdAt = :before and p.id < :beforeId))
                        order by p.createdAt desc, p.id desc""", Post.class)
                .setParameter("memberGroups", readablePosts.memberGroups())
                .setParameter("anyGroup", groupId == null)
                .setParameter("group", groupId == null ? -1L : groupId)
                .setParameter("first", cursor == null)
                .setParameter("before", cursor == null ? Instant.EPOCH : cursor.createdAt())
                .setParameter("beforeId", cursor == null ? 0L : cursor.postId())
                .setMaxResults(size + 1);
        List<PostView> posts = query.getResultStream().map(PostView::of).toList();
        if (posts.size() <= size) {
            return new FeedPage(posts, null);
        }
        PostView last = posts.get(size - 1);
        return new FeedPage(posts.subList(0, size), new FeedCursor(last.createdAt(), last.id()));
    }
}
