package org.agora.notifications;

import java.time.Instant;

/**
 * A notification as the bell lists it.
 *
 * @param text     what happened, in a sentence, as plain text
 * @param linkedEmployeeId whose profile the notification opens, when it is not about a post
 * @param postId           the post the notification opens, if it is about one
 * @param groupSlug        the group the notification opens, if it is about one
 */
public record NotificationView(long id, NotificationKind kind, String text, Long actorId, String actorInitials,
                               Long actorPhotoVersion, Long linkedEmployeeId, Long postId, String groupSlug, Instant createdAt,
                               boolean read) {
}
