package org.agora.feed;

/** A colleague reacted to a post for the first time ({@code withdrawn} when they took it back); in its transaction. */
public record PostReacted(long postId, long postAuthorId, long reactorId, boolean withdrawn) {
}
