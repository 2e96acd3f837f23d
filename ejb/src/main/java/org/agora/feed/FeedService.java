package org.agora.feed;

import java.util.List;

/** What employees do with posts and feeds; every method acts as the signed-in employee. */
public interface FeedService {

    /** Publishes a discussion on the author's profile ({@code groupId} null) or in a group they may post in. */
    PostView publish(String body, Long groupId);

    /**
     * Publishes a post of any kind. Announcements come from a group's owners, or, company-wide (no group), from
     * HR, executives and administrators; a poll has 2 to 10 options and closes within a year.
     */
    PostView publish(PostDraft draft);

    /** Announcements pinned at the top: company-wide ones ({@code groupId} null), or a group's. */
    List<PostView> pinned(Long groupId);

    /** Takes an announcement off the top; its author, the group's owners, and for company-wide ones HR may. */
    PostView unpin(long postId);

    /** The newest questions without an accepted answer, everywhere the employee reads or in one group. */
    FeedPage unanswered(Long groupId, FeedCursor cursor, int pageSize);

    /** Replaces the text of one of the employee's own posts; the earlier wording stays in its history. */
    PostView edit(long postId, String body);

    /** What the author typed, to edit it again; only for the author. */
    String source(long postId);

    /** Earlier wordings of a post, newest first, for anyone who may read it. */
    List<PostRevisionView> history(long postId);

    /** Deletes one of the employee's own posts with its comments and reactions. */
    void delete(long postId);

    /** The newest readable posts with a hashtag of this topic, after {@code cursor}. */
    FeedPage tagged(String topic, FeedCursor cursor, int pageSize);

    /** One post, if the employee may read it; otherwise {@code NotFoundException}, as if it did not exist. */
    PostView post(long postId);

    /** The newest posts by one author that the employee may read: the author's recent activity. */
    List<PostView> recentPostsBy(long authorId, int limit);

    /**
     * The home feed, newest first after {@code cursor} (null for the first page): the employee's own posts, posts of
     * colleagues they follow and of groups they belong to, and company-wide announcements once unpinned.
     */
    FeedPage homeFeed(FeedCursor cursor, int pageSize);

    /** Every post the employee may read, newest first: the whole company's conversation. */
    FeedPage everything(FeedCursor cursor, int pageSize);

    /** The newest posts of one group, if the employee may read it; otherwise {@code NotFoundException}. */
    FeedPage groupFeed(long groupId, FeedCursor cursor, int pageSize);
}
