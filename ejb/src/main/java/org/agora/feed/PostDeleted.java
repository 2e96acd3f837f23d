package org.agora.feed;

/**
 * A post is gone, with its comments and reactions. Fired in the deleting transaction.
 *
 * @param version the post's last version, which search documents of it carry
 */
public record PostDeleted(long postId, long version, long authorId, boolean openToEveryone) {
}
