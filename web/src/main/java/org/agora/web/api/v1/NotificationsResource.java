package org.agora.web.api.v1;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.agora.notifications.NoticeCategory;
import org.agora.notifications.NoticePreferences;
import org.agora.notifications.NotificationInbox;
import org.agora.notifications.NotificationPreferences;
import org.agora.notifications.Notifications;
import org.agora.notifications.PreferenceChange;
import org.agora.shared.InvalidInputException;

/**
 * The caller's own notifications: {@code GET /api/v1/notifications} is the unread count and the latest 50,
 * {@code POST /api/v1/notifications/read} marks them all as seen. {@code GET|PUT /api/v1/notifications/preferences}
 * reads and changes what the caller hears about, in the bell and in the daily e-mail digest; a PUT changes only
 * what it names, for example {@code {"dailyDigest": true, "categories": [{"category": "REACTIONS", "inDigest": false}]}}.
 * {@code .../preferences/{employeeId}} is the same for the caller's own id and a 403 for anyone else's.
 */
@Path("v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @Inject
    NotificationPreferences preferences;

    /** Preferences as a client sends them; categories by name, in any case. */
    public record PreferencesRequest(Boolean dailyDigest, List<CategoryRequest> categories) {

        PreferenceChange change() {
            return new PreferenceChange(dailyDigest, categories == null ? null : categories.stream()
                    .map(category -> category == null ? null : category.change()).toList());
        }
    }

    public record CategoryRequest(String category, Boolean inApp, Boolean inDigest) {

        PreferenceChange.CategoryChange change() {
            return new PreferenceChange.CategoryChange(parse(category), inApp, inDigest);
        }

        private static NoticeCategory parse(String category) {
            if (category == null || category.isBlank()) {
                return null;
            }
            try {
                return NoticeCategory.valueOf(category.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Unknown category \"" + category + "\": use one of "
                        + List.of(NoticeCategory.values()) + ".");
            }
        }
    }

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

    @GET
    @Path("preferences")
    public NoticePreferences preferences() {
        return preferences.mine();
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    public NoticePreferences changePreferences(PreferencesRequest request) {
        return preferences.change(required(request).change());
    }

    @GET
    @Path("preferences/{employeeId: [0-9]+}")
    public NoticePreferences preferences(@PathParam("employeeId") long employeeId) {
        return preferences.of(employeeId);
    }

    @PUT
    @Path("preferences/{employeeId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public NoticePreferences changePreferences(@PathParam("employeeId") long employeeId, PreferencesRequest request) {
        return preferences.change(employeeId, required(request).change());
    }

    private static PreferencesRequest required(PreferencesRequest request) {
        if (request == null) {
            throw new InvalidInputException("Send the preferences to change, for example {\"dailyDigest\": false}.");
        }
        return request;
    }
}
