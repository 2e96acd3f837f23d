package org.agora.web.api.v1;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.agora.notifications.NotificationInbox;
import org.agora.notifications.Notifications;

/**
 * The caller's own notifications: {@code GET /api/v1/notifications} is the unread count and the latest 50,
 * {@code POST /api/v1/notifications/read} marks them all as seen.
 */
@Path("v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @GET
    public NotificationInbox inbox() {
        return notifications.inbox();
    }

    @POST
    @Path("read")
    public NotificationInbox markAllRead() {
        notifications.markAllRead();
        return notifications.inbox();
    }
}
