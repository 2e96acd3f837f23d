package org.agora.feed;

/** A post is gone, with its comments and reactions. Fired in the deleting transaction, before the removal. */
public record PostDeleted(long postId, long authorId, boolean openToEveryone) {
}
