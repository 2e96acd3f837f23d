package org.agora.testing;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Small builders for live Q&A tests: a session hosted by the demo chief executive, questions, colleagues. */
public final class LiveQaFixtures {

    /** The demo company's chief executive, who hosts the sessions the tests schedule. */
    public static final String HOST = "helena";

    private LiveQaFixtures() {
    }

    /** A session live from a minute ago for an hour; its id. */
    public static long liveSession(AgoraClient host, boolean moderated, boolean anonymousAllowed) {
        Instant now = Instant.now();
        JsonObjectBuilder session = Json.createObjectBuilder()
                .add("title", "Ask me anything " + UUID.randomUUID().toString().substring(0, 8))
                .add("description", "A session scheduled by a test")
                .add("startsAt", now.minus(Duration.ofMinutes(1)).toString())
                .add("endsAt", now.plus(Duration.ofHours(1)).toString())
                .add("moderated", moderated)
                .add("anonymousAllowed", anonymousAllowed);
        var scheduled = host.postJson("api/v1/live-sessions", session.build().toString());
        if (scheduled.statusCode() != 201) {
            throw new IllegalStateException("Scheduling answered " + scheduled.statusCode() + " " + scheduled.body());
        }
        return AgoraClient.json(scheduled).getJsonNumber("id").longValue();
    }

    /** Asks a question; the question as the asker got it back. */
    public static JsonObject ask(AgoraClient asker, long sessionId, String text, boolean anonymous) {
        var asked = asker.postJson("api/v1/live-sessions/" + sessionId + "/questions",
                Json.createObjectBuilder().add("text", text).add("anonymous", anonymous).build().toString());
        if (asked.statusCode() != 201) {
            throw new IllegalStateException("Asking answered " + asked.statusCode() + " " + asked.body());
        }
        return AgoraClient.json(asked);
    }

    public static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    /** The session with its queue as {@code viewer} sees it. */
    public static JsonObject session(AgoraClient viewer, long sessionId) {
        return AgoraClient.json(viewer.get("api/v1/live-sessions/" + sessionId));
    }

    /** A question of the queue as {@code viewer} sees it; null when it is not shown to them. */
    public static JsonObject question(AgoraClient viewer, long sessionId, long questionId) {
        return session(viewer, sessionId).getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .filter(question -> id(question) == questionId).findFirst().orElse(null);
    }

    /**
     * Usernames of {@code count} demo employees with no role but EMPLOYEE, none of them in {@code except}, as an
     * administrator lists them.
     */
    public static List<String> colleagues(URL base, int count, Set<String> except) {
        AgoraClient admin = AgoraClient.as(base, "alex");
        return AgoraClient.jsonArray(admin.get("api/v1/accounts?q=a")).getValuesAs(JsonObject.class).stream()
                .filter(account -> account.getBoolean("enabled", true) && !account.getBoolean("locked", false))
                .filter(account -> account.getJsonArray("roles").size() == 1)
                .map(account -> account.getString("username"))
                .filter(username -> !except.contains(username))
                .limit(count)
                .toList();
    }
}
