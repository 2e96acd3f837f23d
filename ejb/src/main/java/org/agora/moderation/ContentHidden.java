package org.agora.moderation;

/**
 * A moderator hid a post ({@code commentId} null) or a comment. Fired in that transaction.
 *
 * @param openToEveryone whether the post could be read by everyone before it was hidden
 */
public record ContentHidden(long postId, Long commentId, long authorId, boolean openToEveryone,
                            String reason) {
}
