package org.agora.feed;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reactions and comments on posts, as the signed-in employee. A post the employee may not read is answered with
 * {@code NotFoundException}, as if it did not exist.
 */
public interface Conversations {

    /** Reacts to a post, or changes the kind of an earlier reaction. */
    PostActivity react(long postId, ReactionKind kind);

    /** Takes back the employee's reaction, if any. */
    PostActivity withdrawReaction(long postId);

    /** Comments on a post, or replies ({@code replyTo}) to one of its top-level comments. */
    CommentView comment(long postId, String body, Long replyTo);

    /**
     * Accepts a comment as the answer to a question ({@code commentId} null takes the acceptance back). The asker,
     * the owners of the question's group and administrators may; the answer's author is told.
     */
    PostView accept(long postId, Long commentId);

    /** The comments on a post, oldest first, each with its replies. */
    List<CommentView> comments(long postId);

    /** What colleagues did with one post. */
    PostActivity activity(long postId);

    /** The activity of many posts at once, in two queries whatever their number; posts without any are absent. */
    Map<Long, PostActivity> activityOf(Collection<Long> postIds);
}
