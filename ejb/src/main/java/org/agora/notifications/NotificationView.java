package org.agora.notifications;

import java.time.Instant;

/**
 * A notification as the bell lists it.
 *
 * @param text     what happened, in a sentence, as plain text
 * @param linkedEmployeeId whose profile the notification opens
 */
public record NotificationView(long id, NotificationKind kind, String text, Long actorId, String actorInitials,
                               Long actorPhotoVersion, Long linkedEmployeeId, Instant createdAt, boolean read) {
}
