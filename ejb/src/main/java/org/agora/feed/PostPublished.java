package org.agora.feed;

import java.time.Instant;

/**
 * A post was written, as it stands at {@code version}. Fired inside the writing transaction,
 * so observers that record it (the search outbox) commit or roll back with the post.
 *
 * @param openToEveryone false when only the members of {@code groupId} may read it
 */
public record PostPublished(long postId, long version, long authorId, String authorName, String authorDepartment,
                            Long groupId, String groupName, boolean openToEveryone, String text, Instant createdAt) {
}
