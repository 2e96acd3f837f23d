package org.agora.notifications;

import java.util.List;

/**
 * One employee's daily e-mail: the unread notices since their last digest, newest first.
 *
 * @param total how many notices there are, of which {@code notices} lists the newest
 */
record Digest(String recipientEmail, String recipientName, List<NotificationView> notices, int total) {
}
