package org.agora.web.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.notifications.NotificationInbox;
import org.agora.notifications.Notifications;

/** Shows the latest notifications, the unread ones marked, and counts them as seen from then on. */
@Named
@RequestScoped
public class NotificationsView {

    @Inject
    Notifications notifications;

    private NotificationInbox inbox;

    /** Reads the inbox once per request, then marks it read so the bell is clear on the next page. */
    public NotificationInbox getInbox() {
        if (inbox == null) {
            inbox = notifications.inbox();
            if (inbox.unread() > 0) {
                notifications.markAllRead();
            }
        }
        return inbox;
    }
}
