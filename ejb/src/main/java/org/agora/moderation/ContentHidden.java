package org.agora.moderation;

/**
 * A moderator hid a post ({@code commentId} null) or a comment. Fired in that transaction.
 *
 * @param postVersion the post's version after hiding, newer than any search document of it
 * @param openToEveryone whether the post could be read by everyone before it was hidden
 */
public record ContentHidden(long postId, Long commentId, long postVersion, long authorId, boolean openToEveryone,
                            String reason) {
}
