package org.agora.notifications;

import java.net.http.HttpResponse;
import java.util.List;
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
 * Notification preferences: everything is on until an employee says otherwise, they are nobody else's business,
 * and a category switched off in Agora no longer rings the bell. Each test puts back what it switched off.
 */
class NotificationPreferencesIT extends DeployedAgora {

    static final String PREFERENCES = "api/v1/notifications/preferences";
    static final String EVERYTHING_ON = """
            {"dailyDigest": true, "categories": [
             {"category": "MENTIONS", "inApp": true, "inDigest": true},
             {"category": "CONVERSATIONS", "inApp": true, "inDigest": true},
             {"category": "REACTIONS", "inApp": true, "inDigest": true},
             {"category": "ACCEPTED_ANSWERS", "inApp": true, "inDigest": true},
             {"category": "GROUPS", "inApp": true, "inDigest": true},
             {"category": "ENDORSEMENTS", "inApp": true, "inDigest": true},
             {"category": "VIDEOS", "inApp": true, "inDigest": true},
             {"category": "RECOGNITION", "inApp": true, "inDigest": true},
             {"category": "MODERATION", "inApp": true, "inDigest": true}]}""";

    @Test
    void everyCategoryIsOnInTheBellAndTheDigestUntilTheEmployeeChangesIt() {
        AgoraClient helena = AgoraClient.as(base, "helena");

        HttpResponse<String> response = helena.get(PREFERENCES);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject preferences = AgoraClient.json(response);
        assertTrue(preferences.getBoolean("dailyDigest"), response.body());
        List<JsonObject> categories = preferences.getJsonArray("categories").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("MENTIONS", "CONVERSATIONS", "REACTIONS", "ACCEPTED_ANSWERS", "GROUPS", "ENDORSEMENTS",
                "VIDEOS", "RECOGNITION", "MODERATION"), categories.stream().map(category -> category.getString("category")).toList());
        assertTrue(categories.stream().allMatch(category -> category.getBoolean("inApp") && category.getBoolean("inDigest")),
                response.body());
        assertEquals(List.of("MODERATION"), categories.stream().filter(category -> category.getBoolean("alwaysInApp"))
                .map(category -> category.getString("category")).toList());
    }

    @Test
    void preferencesAreReadAndChangedOnlyByTheirOwner() {
        AgoraClient priya = AgoraClient.as(base, "priya");
        AgoraClient alex = AgoraClient.as(base, "alex");
        long priyaId = priya.employeeId();
        String digestOff = "{\"dailyDigest\": false}";

        HttpResponse<String> readByAdministrator = alex.get(PREFERENCES + "/" + priyaId);
        HttpResponse<String> changedByAdministrator = alex.putJson(PREFERENCES + "/" + priyaId, digestOff);
        HttpResponse<String> readByOwner = priya.get(PREFERENCES + "/" + priyaId);

        assertEquals(403, readByAdministrator.statusCode(), readByAdministrator.body());
        assertEquals("application/problem+json", readByAdministrator.headers().firstValue("Content-Type").orElse(""));
        assertEquals(403, changedByAdministrator.statusCode(), changedByAdministrator.body());
        assertEquals(200, readByOwner.statusCode(), readByOwner.body());
        assertTrue(AgoraClient.json(priya.get(PREFERENCES)).getBoolean("dailyDigest"), "nothing changed for priya");
        assertEquals(401, AgoraClient.anonymous(base).get(PREFERENCES).statusCode());
    }

    @Test
    void aCategorySwitchedOffInAgoraNoLongerRingsTheBellWhileOthersStillDo() {
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        AgoraClient sam = AgoraClient.as(base, "sam");
        try {
            HttpResponse<String> changed = tomas.putJson(PREFERENCES,
                    "{\"categories\": [{\"category\": \"reactions\", \"inApp\": false}]}");
            assertEquals(200, changed.statusCode(), changed.body());
            JsonObject reactions = category(AgoraClient.json(changed), "REACTIONS");
            assertFalse(reactions.getBoolean("inApp"), changed.body());
            assertTrue(reactions.getBoolean("inDigest"), "only what was named changes: " + changed.body());
            long post = publish(tomas);

            assertEquals(200, sam.putJson("api/v1/posts/" + post + "/reaction", "{\"kind\": \"like\"}").statusCode());
            assertEquals(201, sam.postRaw("api/v1/posts/" + post + "/comments", "application/json",
                    "{\"body\": \"Nice one\"}").statusCode());

            List<String> kinds = noticesAbout(tomas, post).stream().map(notice -> notice.getString("kind")).toList();
            assertEquals(List.of("COMMENT"), kinds, "the reaction did not ring the bell, the comment did");
        } finally {
            assertEquals(200, tomas.putJson(PREFERENCES, EVERYTHING_ON).statusCode());
        }
    }

    @Test
    void moderationNoticesCannotBeSwitchedOffInAgora() {
        AgoraClient sam = AgoraClient.as(base, "sam");

        HttpResponse<String> refused = sam.putJson(PREFERENCES,
                "{\"categories\": [{\"category\": \"MODERATION\", \"inApp\": false}]}");
        HttpResponse<String> unknown = sam.putJson(PREFERENCES,
                "{\"categories\": [{\"category\": \"GOSSIP\", \"inApp\": false}]}");

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(AgoraClient.json(refused).getString("detail").contains("always appear in Agora"), refused.body());
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(category(AgoraClient.json(sam.get(PREFERENCES)), "MODERATION").getBoolean("inApp"));
    }

    static long publish(AgoraClient author) {
        HttpResponse<String> published = author.publish("Preferences check " + UUID.randomUUID().toString().substring(0, 8));
        assertEquals(201, published.statusCode(), published.body());
        return AgoraClient.json(published).getJsonNumber("id").longValue();
    }

    static List<JsonObject> noticesAbout(AgoraClient recipient, long post) {
        HttpResponse<String> inbox = recipient.get("api/v1/notifications");
        assertEquals(200, inbox.statusCode(), inbox.body());
        return AgoraClient.json(inbox).getJsonArray("latest").stream().map(JsonValue::asJsonObject)
                .filter(notice -> notice.containsKey("postId") && notice.getJsonNumber("postId").longValue() == post)
                .toList();
    }

    static JsonObject category(JsonObject preferences, String name) {
        return preferences.getJsonArray("categories").stream().map(JsonValue::asJsonObject)
                .filter(category -> name.equals(category.getString("category")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + preferences));
    }
}
