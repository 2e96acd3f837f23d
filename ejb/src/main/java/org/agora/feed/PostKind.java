package org.agora.feed;

/** What a post asks of its readers; stored by name, so constants are only ever added. */
public enum PostKind {
    /** Something to talk about. */
    DISCUSSION,
    /** A question: the asker (or a group owner) accepts one answer. */
    QUESTION,
    /** A choice to vote on until it closes; results show after voting. */
    POLL,
    /** News from a group's owners, or company-wide from HR and executives: pinned at the top. */
    ANNOUNCEMENT,
    /** An executive's video blog entry: the film and its captions are a {@code Video} sharing the post's id. */
    VIDEO,
    /** Colleagues recognised with a badge, or a milestone: a {@code Recognition} shares the post's id. */
    RECOGNITION
}
