package org.agora.notifications;

import java.util.List;

/** The signed-in employee's notifications: how many are unread, and the latest. */
public record NotificationInbox(long unread, List<NotificationView> latest) {
}
