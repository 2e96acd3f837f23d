package org.agora.notifications;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bell: a colleague's endorsement reaches the endorsed employee and nobody else, a withdrawal takes an unread
 * notice back, and marking everything read keeps the items. Each test endorses a topic the endorsed employee has
 * just declared, so that it cannot collide with what other tests endorse.
 */
class EndorsementNotificationIT extends DeployedAgora {

    private static final String INBOX = "api/v1/notifications";

    @Test
    void anEndorsementReachesTheEndorsedColleagueAndNobodyElse() {
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        AgoraClient alex = AgoraClient.as(base, "alex");
        AgoraClient priya = AgoraClient.as(base, "priya");
        String tag = declaredTopic(tomas);
        try {
            long tomasId = tomas.employeeId();
            long alexId = alex.employeeId();
            long unreadBefore = inbox(tomas).getJsonNumber("unread").longValue();

            HttpResponse<String> endorsed = alex.put(endorsement(tomasId, tag));
            HttpResponse<String> again = alex.put(endorsement(tomasId, tag));

            assertEquals(200, endorsed.statusCode(), endorsed.body());
            assertEquals(200, again.statusCode(), again.body());
            JsonObject inbox = inbox(tomas);
            assertEquals(unreadBefore + 1, inbox.getJsonNumber("unread").longValue(),
                    "one notice, however often the same colleague endorses the same topic");
            List<JsonObject> notices = aboutTopic(inbox, tag);
            assertEquals(1, notices.size(), inbox.toString());
            JsonObject notice = notices.get(0);
            assertEquals("Alex Morgan endorsed you for " + tag + ".", notice.getString("text"));
            assertEquals("ENDORSEMENT", notice.getString("kind"));
            assertEquals(alexId, notice.getJsonNumber("actorId").longValue());
            assertEquals(tomasId, notice.getJsonNumber("linkedEmployeeId").longValue());
            assertFalse(notice.getBoolean("read"));
            assertEquals(notice.getJsonNumber("id"), inbox.getJsonArray("latest").getJsonObject(0).getJsonNumber("id"),
                    "the newest notice comes first");

            long noticeId = notice.getJsonNumber("id").longValue();
            assertTrue(find(inbox(priya), noticeId).isEmpty(), "a third colleague is not told");
            assertTrue(aboutTopic(inbox(priya), tag).isEmpty(), "a third colleague is not told");
            assertTrue(find(inbox(alex), noticeId).isEmpty(), "the endorser is not told about their own endorsement");
        } finally {
            tomas.delete("api/v1/people/me/expertise/" + tag);
        }
    }

    @Test
    void withdrawingAnUnreadEndorsementTakesTheNoticeBack() {
        AgoraClient marcus = AgoraClient.as(base, "marcus");
        AgoraClient helena = AgoraClient.as(base, "helena");
        String tag = declaredTopic(marcus);
        try {
            long marcusId = marcus.employeeId();
            long unreadBefore = inbox(marcus).getJsonNumber("unread").longValue();
            assertEquals(200, helena.put(endorsement(marcusId, tag)).statusCode());
            JsonObject notified = inbox(marcus);
            assertEquals(unreadBefore + 1, notified.getJsonNumber("unread").longValue());
            long noticeId = aboutTopic(notified, tag).get(0).getJsonNumber("id").longValue();

            HttpResponse<String> withdrawn = helena.delete(endorsement(marcusId, tag));

            assertEquals(200, withdrawn.statusCode(), withdrawn.body());
            JsonObject inbox = inbox(marcus);
            assertTrue(find(inbox, noticeId).isEmpty(), inbox.toString());
            assertTrue(aboutTopic(inbox, tag).isEmpty(), inbox.toString());
            assertEquals(unreadBefore, inbox.getJsonNumber("unread").longValue());
        } finally {
            marcus.delete("api/v1/people/me/expertise/" + tag);
        }
    }

    @Test
    void markingEverythingReadKeepsTheNoticesAsRead() {
        AgoraClient priya = AgoraClient.as(base, "priya");
        AgoraClient marcus = AgoraClient.as(base, "marcus");
        String tag = declaredTopic(priya);
        try {
            assertEquals(200, marcus.put(endorsement(priya.employeeId(), tag)).statusCode());
            JsonObject unread = inbox(priya);
            assertTrue(unread.getJsonNumber("unread").longValue() >= 1, unread.toString());
            long noticeId = aboutTopic(unread, tag).get(0).getJsonNumber("id").longValue();

            HttpResponse<String> marked = priya.postRaw(INBOX + "/read", "application/json", "");

            assertEquals(200, marked.statusCode(), marked.body());
            assertEquals(0, AgoraClient.json(marked).getJsonNumber("unread").longValue(), marked.body());
            JsonObject inbox = inbox(priya);
            assertEquals(0, inbox.getJsonNumber("unread").longValue());
            JsonObject notice = find(inbox, noticeId).orElseThrow(() -> new AssertionError("kept: " + inbox));
            assertTrue(notice.getBoolean("read"));
            assertEquals("Marcus Chen endorsed you for " + tag + ".", notice.getString("text"));
            assertTrue(inbox.getJsonArray("latest").stream().map(JsonValue::asJsonObject)
                    .allMatch(item -> item.getBoolean("read")), "everything is read: " + inbox);
        } finally {
            priya.delete("api/v1/people/me/expertise/" + tag);
        }
    }

    @Test
    void aNoticeAlreadyReadStaysWhenTheEndorsementIsWithdrawn() {
        AgoraClient helena = AgoraClient.as(base, "helena");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        String tag = declaredTopic(helena);
        try {
            long helenaId = helena.employeeId();
            assertEquals(200, tomas.put(endorsement(helenaId, tag)).statusCode());
            long noticeId = aboutTopic(inbox(helena), tag).get(0).getJsonNumber("id").longValue();
            assertEquals(200, helena.postRaw(INBOX + "/read", "application/json", "").statusCode());

            assertEquals(200, tomas.delete(endorsement(helenaId, tag)).statusCode());

            JsonObject inbox = inbox(helena);
            JsonObject notice = find(inbox, noticeId).orElseThrow(() -> new AssertionError("kept: " + inbox));
            assertTrue(notice.getBoolean("read"));
            assertEquals(0, inbox.getJsonNumber("unread").longValue());
        } finally {
            helena.delete("api/v1/people/me/expertise/" + tag);
        }
    }

    @Test
    void theBellIsOnlyForSignedInEmployees() {
        assertEquals(401, AgoraClient.anonymous(base).get(INBOX).statusCode());
        assertEquals(401, AgoraClient.anonymous(base).postRaw(INBOX + "/read", "application/json", "").statusCode());
    }

    /** A topic nobody else has: the signed-in employee declares it, so colleagues can endorse it. */
    private static String declaredTopic(AgoraClient employee) {
        String tag = "notice-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> declared = employee.put("api/v1/people/me/expertise/" + tag);
        assertEquals(200, declared.statusCode(), declared.body());
        assertTrue(declared.body().contains("\"" + tag + "\""), declared.body());
        return tag;
    }

    private static String endorsement(long employeeId, String tag) {
        return "api/v1/people/" + employeeId + "/expertise/" + tag + "/endorsement";
    }

    private static JsonObject inbox(AgoraClient client) {
        HttpResponse<String> response = client.get(INBOX);
        assertEquals(200, response.statusCode(), response.body());
        return AgoraClient.json(response);
    }

    private static List<JsonObject> aboutTopic(JsonObject inbox, String tag) {
        return inbox.getJsonArray("latest").stream().map(JsonValue::asJsonObject)
                .filter(notice -> notice.getString("text").endsWith(" for " + tag + "."))
                .toList();
    }

    private static Optional<JsonObject> find(JsonObject inbox, long id) {
        return inbox.getJsonArray("latest").stream().map(JsonValue::asJsonObject)
                .filter(notice -> notice.getJsonNumber("id").longValue() == id)
                .findFirst();
    }
}
