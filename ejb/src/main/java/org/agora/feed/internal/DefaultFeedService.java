package org.agora.feed.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.agora.feed.ChannelPosts;
import org.agora.feed.EmployeesMentioned;
import org.agora.feed.FeedCursor;
import org.agora.feed.FeedPage;
import org.agora.feed.FeedService;
import org.agora.feed.PollOption;
import org.agora.feed.Post;
import org.agora.feed.PostBody;
import org.agora.feed.PostDeleted;
import org.agora.feed.PostDraft;
import org.agora.feed.PostKind;
import org.agora.feed.PostPublished;
import org.agora.feed.PostRevision;
import org.agora.feed.PostRevisionView;
import org.agora.feed.PostView;
import org.agora.groups.CommunityGroup;
import org.agora.groups.GroupAccess;
import org.agora.groups.GroupDirectory;
import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.people.Employee;
import org.agora.people.ExpertiseTag;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.shared.NotFoundException;

/** The feed's posts, and the posts other capabilities publish in an employee's name (ChannelPosts), in one place. */
@Stateless
@Local({FeedService.class, ChannelPosts.class})
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultFeedService implements FeedService, ChannelPosts {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_PINNED = 5;
    static final int MAX_POLL_OPTIONS = 10;
    static final Duration DEFAULT_POLL_DURATION = Duration.ofDays(7);
    /**
     * The posts the caller may read (the rule of Post.isReadableBy, in the database); more conditions follow. The
     * group is joined once, for the conditions; a page's groups then load together (hibernate.default_batch_fetch_size).
     */
    private static final String READABLE_POSTS = """
            select p from Post p join fetch p.author left join p.group g
            where """ + ReadablePosts.READABLE;
    /** Company-wide announcements stay pinned above the home feed until they are unpinned. */
    private static final String NOT_PINNED_COMPANY_WIDE = " and (p.pinned = false or g is not null)";
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

    @Inject
    PostMarkup markup;

    @Inject
    GroupAccess groupAccess;

    @Resource
    SessionContext session;

    @Inject
    Event<EmployeesMentioned> employeesMentioned;

    @Inject
    Event<PostDeleted> postDeleted;

    @Inject
    AttachmentStore attachmentStore;

    @Override
    public PostView publish(String body, Long groupId) {
        return publish(PostDraft.discussion(body, groupId));
    }

    @Override
    public PostView publish(PostDraft draft) {
        PostKind kind = draft.kindOrDiscussion();
        if (kind == PostKind.VIDEO) {
            throw new InvalidInputException("Videos are published on the leadership channel, with their film.");
        }
        if (kind == PostKind.RECOGNITION) {
            // a recognition post without its badge and recipients would look like one without obeying any of its rules
            throw new InvalidInputException("Recognise colleagues with a badge: recognitions are given on the recognition page.");
        }
        PostMarkup.Linked linked = markup.link(PostBody.fromUserInput(draft.body()));
        List<String> options = kind == PostKind.POLL ? pollOptions(draft.pollOptions()) : List.of();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant closesAt = kind == PostKind.POLL ? pollClosing(draft.pollClosesAt(), now) : null;
        Employee author = currentEmployee.get();
        CommunityGroup group = draft.groupId() == null ? null : groupTheAuthorMayPostIn(draft.groupId(), author);
        if (kind == PostKind.ANNOUNCEMENT) {
            requireAnnouncer(group);
        }
        Post post = new Post(author, group, linked.body(), now);
        post.markAs(kind, draft.pollMultiple(), closesAt);
        em.persist(post);
        attachmentStore.attach(post, draft.attachmentIdsOrNone());
        for (int i = 0; i < options.size(); i++) {
            em.persist(new PollOption(post, i, options.get(i)));
        }
        announce(post, post.tag(linked.mentionedIds(), linked.hashtags()));
        LOG.fine(() -> kind + " " + post.getId() + " published by employee " + author.getId());
        return PostView.of(post);
    }

    @Override
    public Post publish(Employee author, String body, PostKind kind, Set<String> audience) {
        PostMarkup.Linked linked = markup.link(PostBody.fromUserInput(body));
        Post post = new Post(author, null, linked.body(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        post.markAs(kind, false, null);
        if (!audience.isEmpty()) {
            post.restrictTo(audience);
        }
        em.persist(post);
        announce(post, post.tag(linked.mentionedIds(), linked.hashtags()));
        return post;
    }

    private void requireAnnouncer(CommunityGroup group) {
        boolean allowed = group == null
                ? session.isCallerInRole(Role.HR_ROLE) || session.isCallerInRole(Role.EXECUTIVE_ROLE)
                  || session.isCallerInRole(Role.ADMIN_ROLE)
                : groupAccess.isManagedByCaller(group.getId());
        if (!allowed) {
            throw new NotAllowedException(group == null
                    ? "Company-wide announcements come from HR and executives. Post it in a group you own, or as a discussion."
                    : "Only the owners of " + group.getName() + " make announcements there. Post it as a discussion.");
        }
    }

    private static List<String> pollOptions(List<String> typed) {
        List<String> options = typed == null ? List.of() : typed.stream()
                .filter(option -> option != null && !option.isBlank()).map(String::strip).toList();
        if (options.size() < 2 || options.size() > MAX_POLL_OPTIONS) {
            throw new InvalidInputException("A poll needs between 2 and " + MAX_POLL_OPTIONS + " options; this one has "
                    + options.size() + ".");
        }
        if (options.stream().anyMatch(option -> option.length() > PollOption.MAX_LABEL)) {
            throw new InvalidInputException("A poll option can be at most " + PollOption.MAX_LABEL + " characters long.");
        }
        if (options.stream().map(option -> option.toLowerCase(Locale.ROOT)).distinct().count() < options.size()) {
            throw new InvalidInputException("Each option of a poll must be different.");
        }
        return options;
    }

    private static Instant pollClosing(Instant requested, Instant now) {
        Instant closesAt = requested == null ? now.plus(DEFAULT_POLL_DURATION) : requested;
        if (!closesAt.isAfter(now.plus(Duration.ofMinutes(1)))) {
            throw new InvalidInputException("A poll must close in the future.");
        }
        if (closesAt.isAfter(now.plus(Duration.ofDays(366)))) {
            throw new InvalidInputException("A poll closes within a year.");
        }
        return closesAt;
    }

    @Override
    public List<PostView> pinned(Long groupId) {
        if (groupId != null) {
            groupAccess.readable(groupId);
        }
        return em.createQuery(READABLE_POSTS + """
                         and p.pinned = true and (:company = true and g is null or g.id = :group)
                        order by p.createdAt desc, p.id desc""", Post.class)
                .setParameter("audiences", readablePosts.personalAudiences())
                .setParameter("memberGroups", readablePosts.memberGroups())
                .setParameter("company", groupId == null)
                .setParameter("group", groupId == null ? -1L : groupId)
                .setMaxResults(MAX_PINNED)
                .getResultStream().map(PostView::of).toList();
    }

    @Override
    public PostView unpin(long postId) {
        Post post = readablePosts.find(postId);
        boolean allowed = post.isWrittenBy(currentEmployee.id()) || session.isCallerInRole(Role.ADMIN_ROLE)
                || (post.getGroup() == null ? session.isCallerInRole(Role.HR_ROLE)
                    : groupAccess.isManagedByCaller(post.getGroup().getId()));
        if (!allowed) {
            throw new NotAllowedException("Only its author, or whoever runs where it was posted, unpins an announcement.");
        }
        post.unpin();
        return PostView.of(post);
    }

    @Override
    public FeedPage unanswered(Long groupId, FeedCursor cursor, int pageSize) {
        if (groupId != null) {
            groupAccess.readable(groupId);
        }
        return page(" and p.kind = org.agora.feed.PostKind.QUESTION and p.acceptedCommentId is null"
                        + " and (:anyGroup = true or g.id = :group)",
                query -> query.setParameter("anyGroup", groupId == null).setParameter("group", groupId == null ? -1L : groupId),
                cursor, pageSize);
    }

    @Override
    public PostView edit(long postId, String body) {
        Post post = ownPost(postId, "edit");
        if (post.isHidden()) {
            throw new InvalidInputException("A moderator hid this post, so it cannot be edited. Delete it, or write a new one.");
        }
        PostMarkup.Linked linked = markup.link(PostBody.fromUserInput(body));
        em.persist(post.revise(linked.body(), Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        Set<Long> newlyMentioned = post.tag(linked.mentionedIds(), linked.hashtags());
        em.flush(); // the new version is what search receives
        announce(post, newlyMentioned);
        return PostView.of(post);
    }

    @Override
    public String source(long postId) {
        return ownPost(postId, "edit").getBody().source();
    }

    @Override
    public List<PostRevisionView> history(long postId) {
        Post post = readablePosts.find(postId);
        return em.createQuery("select r from PostRevision r where r.post = :post order by r.writtenAt desc, r.id desc",
                        PostRevision.class)
                .setParameter("post", post)
                .getResultStream()
                .map(revision -> new PostRevisionView(revision.getBodyHtml(), revision.getWrittenAt()))
                .toList();
    }

    @Override
    public void delete(long postId) {
        Post post = ownPost(postId, "delete");
        PostPublished last = post.published();
        postDeleted.fire(new PostDeleted(postId, last.authorId(), last.openToEveryone()));
        attachmentStore.delete(post.getAttachments());
        em.remove(post);
        LOG.info(() -> "Post " + postId + " deleted by its author " + last.authorId());
    }

    /** A post the employee wrote; others' posts they may read are refused, others' they may not are not found. */
    private Post ownPost(long postId, String action) {
        Post post = readablePosts.find(postId);
        if (!post.isWrittenBy(currentEmployee.id())) {
            throw new NotAllowedException("Only its author can " + action + " this post.");
        }
        return post;
    }

    /** Tells search and notifications about the post as it now stands. */
    private void announce(Post post, Set<Long> newlyMentioned) {
        PostPublished published = post.published();
        postPublished.fire(published);
        newlyMentioned.remove(published.authorId());
        if (!newlyMentioned.isEmpty()) {
            employeesMentioned.fire(new EmployeesMentioned(post.getId(), published.authorId(), published.groupId(),
                    published.openToEveryone(), Set.copyOf(newlyMentioned), false));
        }
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
        if (group.isArchived()) {
            throw new InvalidInputException(group.getName() + " is archived: it is kept for reading and takes no new posts.");
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
                .setParameter("audiences", readablePosts.personalAudiences())
                .setParameter("memberGroups", readablePosts.memberGroups())
                .setParameter("author", authorId)
                .setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE_SIZE)))
                .getResultStream().map(PostView::of).toList();
    }

    @Override
    public FeedPage homeFeed(FeedCursor cursor, int pageSize) {
        long me = currentEmployee.id();
        return page(NOT_PINNED_COMPANY_WIDE + """
                         and (p.author.id = :me or g.id in :memberGroups
                              or (g is null and p.kind = org.agora.feed.PostKind.ANNOUNCEMENT)
                              or p.author.id in (select f.key.followedId from Follow f where f.key.followerId = :me))""",
                query -> query.setParameter("me", me), cursor, pageSize);
    }

    @Override
    public FeedPage everything(FeedCursor cursor, int pageSize) {
        return page(NOT_PINNED_COMPANY_WIDE, query -> { }, cursor, pageSize);
    }

    @Override
    public FeedPage groupFeed(long groupId, FeedCursor cursor, int pageSize) {
        groupAccess.readable(groupId);
        // pinned announcements are shown above the feed, not in it
        return page(" and g.id = :group and p.pinned = false", query -> query.setParameter("group", groupId), cursor, pageSize);
    }


    @Override
    public FeedPage tagged(String topic, FeedCursor cursor, int pageSize) {
        return page(" and :topic member of p.hashtags", query -> query.setParameter("topic", ExpertiseTag.canonical(topic)),
                cursor, pageSize);
    }


    /** Newest readable posts that meet {@code condition} (JPQL with a leading space), after the cursor. */
    private FeedPage page(String condition, Consumer<TypedQuery<Post>> parameters, FeedCursor cursor, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        TypedQuery<Post> query = em.createQuery(READABLE_POSTS + condition + """
                         and (:first = true or p.createdAt < :before or (p.createdAt = :before and p.id < :beforeId))
                        order by p.createdAt desc, p.id desc""", Post.class)
                .setParameter("audiences", readablePosts.personalAudiences())
                .setParameter("memberGroups", readablePosts.memberGroups())
                .setParameter("first", cursor == null)
                .setParameter("before", cursor == null ? Instant.EPOCH : cursor.createdAt())
                .setParameter("beforeId", cursor == null ? 0L : cursor.postId())
                .setMaxResults(size + 1);
        parameters.accept(query);
        List<PostView> posts = query.getResultStream().map(PostView::of).toList();
        if (posts.size() <= size) {
            return new FeedPage(posts, null);
        }
        PostView last = posts.get(size - 1);
        return new FeedPage(posts.subList(0, size), new FeedCursor(last.createdAt(), last.id()));
    }
}
