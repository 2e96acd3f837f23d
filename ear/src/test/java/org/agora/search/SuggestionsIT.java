package org.agora.search;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The top bar's suggestions offer only what the employee may know of: a secret group and a hashtag used only in a
 * private group reach its members, and whoever joins at once, never outsiders; public groups and hashtags reach
 * everyone; former colleagues are not offered.
 */
class SuggestionsIT extends DeployedAgora {

    private static final Duration INDEXING = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aSecretGroupIsSuggestedToItsMembersAndInviteesOnlyAndFollowsMembershipAtOnce() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient priya = AgoraClient.as(base, "priya");
        String word = word();
        String name = "Skunkworks " + capitalised(word);
        long groupId = createGroup(sam, name, "SECRET");
        Eventually.within(INDEXING, "the owner is offered the new secret group",
                () -> groupNames(suggestions(sam, word)).contains(name));

        JsonObject forOutsider = suggestions(priya, word);
        assertTrue(forOutsider.getJsonArray("groups").isEmpty(), forOutsider.toString());
        assertFalse(offered(forOutsider).toLowerCase().contains(word), "not even its name: " + forOutsider);

        long priyaId = priya.employeeId();
        assertEquals(204, sam.postRaw("api/v1/groups/" + groupId + "/invitations", "application/json",
                "{\"employeeId\": " + priyaId + "}").statusCode());
        assertEquals(List.of(name), groupNames(suggestions(priya, word)), "an invitee knows of it, without reindexing");

        assertEquals(200, priya.put("api/v1/groups/" + groupId + "/membership").statusCode());
        JsonObject group = suggestions(priya, word).getJsonArray("groups").getJsonObject(0);
        assertEquals(name, group.getString("name"));
        assertEquals("SECRET", group.getString("visibility"));
        assertEquals(2, group.getInt("memberCount"));
        assertEquals(AgoraClient.json(sam.get("api/v1/groups/" + groupId)).getString("slug"), group.getString("slug"));

        assertEquals(204, priya.delete("api/v1/groups/" + groupId + "/membership").statusCode());
        assertTrue(suggestions(priya, word).getJsonArray("groups").isEmpty(), "leaving hides it again at once");
    }

    @Test
    void aHashtagUsedOnlyInAPrivateGroupIsSuggestedToItsMembersOnly() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient priya = AgoraClient.as(base, "priya");
        String groupWord = word();
        String tag = word();
        String name = "Roasters " + capitalised(groupWord);
        long groupId = createGroup(sam, name, "PRIVATE");
        assertEquals(201, sam.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                .add("body", "Trying a new bean this week #" + tag).add("groupId", groupId).build().toString())
                .statusCode());
        Eventually.within(INDEXING, "a member is offered the hashtag",
                () -> tags(suggestions(sam, tag.substring(0, 6))).contains(tag));
        assertEquals(0, suggestions(sam, tag).getJsonArray("tags").getJsonObject(0).getInt("people"),
                "nobody declares it: a hashtag only");

        JsonObject forOutsider = suggestions(priya, tag.substring(0, 6));
        assertFalse(tags(forOutsider).contains(tag), forOutsider.toString());
        assertFalse(offered(forOutsider).contains(tag), "not even as another kind: " + forOutsider);
        Eventually.within(INDEXING, "the private group itself is listed to everyone, as in the directory",
                () -> groupNames(suggestions(priya, groupWord)).contains(name));

        assertEquals(200, priya.put("api/v1/groups/" + groupId + "/membership").statusCode());
        assertFalse(tags(suggestions(priya, tag)).contains(tag), "asking to join does not open the group's posts");
        HttpResponse<String> admitted = sam.putJson("api/v1/groups/" + groupId + "/members/" + priya.employeeId(), "{}");
        assertEquals(200, admitted.statusCode(), admitted.body());
        assertTrue(tags(suggestions(priya, tag)).contains(tag), "a new member is offered it at once, without reindexing");
    }

    @Test
    void publicGroupsAndHashtagsAreSuggestedToEveryone() {
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        String tag = word();
        assertEquals(201, tomas.publish("Who else is at the #" + tag + " meetup?").statusCode());
        for (String colleague : List.of("sam", "priya", "marcus", "tomas")) {
            AgoraClient client = AgoraClient.as(base, colleague);
            Eventually.within(INDEXING, colleague + " is offered the public hashtag",
                    () -> tags(suggestions(client, tag.substring(0, 5))).contains(tag));
            Eventually.within(INDEXING, colleague + " is offered Sales Tips Worldwide from a word inside its name",
                    () -> groupNames(suggestions(client, "worldw")).contains("Sales Tips Worldwide"));
        }
        JsonObject secret = suggestions(AgoraClient.as(base, "sam"), "nightingale");
        assertFalse(offered(secret).contains("Project Nightingale"), "the demo's secret group stays hidden: " + secret);
        assertTrue(groupNames(suggestions(AgoraClient.as(base, "marcus"), "nightingale")).contains("Project Nightingale"),
                "but its member is offered it");
    }

    @Test
    void aRenamedAndArchivedGroupIsSuggestedAsItNowStands() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        String before = word();
        String after = word();
        long groupId = createGroup(sam, "Book Club " + capitalised(before), "PUBLIC");
        Eventually.within(INDEXING, "the new group is offered",
                () -> groupNames(suggestions(tomas, before)).contains("Book Club " + capitalised(before)));

        HttpResponse<String> renamed = sam.putJson("api/v1/groups/" + groupId, Json.createObjectBuilder()
                .add("name", "Reading Circle " + capitalised(after)).add("visibility", "PUBLIC").build().toString());
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals(200, sam.put("api/v1/groups/" + groupId + "/archive").statusCode());

        Eventually.within(INDEXING, "the group is offered under its new name, archived",
                () -> suggestions(tomas, after).getJsonArray("groups").stream().map(JsonValue::asJsonObject)
                        .anyMatch(group -> group.getString("name").equals("Reading Circle " + capitalised(after))
                                && group.getBoolean("archived")));
        assertTrue(groupNames(suggestions(tomas, before)).isEmpty(), "and no longer under its old one");
    }

    @Test
    void colleaguesAreSuggestedByAnyWordOfTheirNameWithoutAccentsAndFormerOnesNever() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        Eventually.within(INDEXING, "Tomás is offered for 'tomas alv'",
                () -> peopleNames(suggestions(sam, "tomas alv")).contains("Tomás Álvarez"));
        JsonObject tomas = suggestions(sam, "alvarez").getJsonArray("people").stream().map(JsonValue::asJsonObject)
                .filter(person -> person.getString("name").equals("Tomás Álvarez")).findFirst().orElseThrow();
        assertEquals(AgoraClient.as(base, "tomas").employeeId(), tomas.getJsonNumber("id").longValue());
        assertTrue(tomas.containsKey("title"), tomas.toString());

        // someone from the middle of the directory, whom no other test signs in as or counts on
        Eventually.within(INDEXING, "the directory is indexed",
                () -> AgoraClient.json(sam.get("api/v1/people?sort=name&page=5&size=20")).getJsonArray("hits").size() == 20);
        JsonObject leaver = AgoraClient.json(sam.get("api/v1/people?sort=name&page=5&size=20")).getJsonArray("hits")
                .getJsonObject(7);
        String leaverName = leaver.getString("fullName");
        long leaverId = leaver.getJsonNumber("id").longValue();
        Eventually.within(INDEXING, leaverName + " is offered by name",
                () -> peopleIds(suggestions(sam, leaverName)).contains(leaverId));

        assertEquals(200, AgoraClient.as(base, "priya").postRaw("api/v1/people/" + leaverId + "/deactivation",
                "application/json", "").statusCode());
        Eventually.within(INDEXING, leaverName + " is no longer offered",
                () -> !peopleIds(suggestions(sam, leaverName)).contains(leaverId));
    }

    @Test
    void aBlankOrOverlongPrefixIsRefusedWithAReason() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        for (String path : List.of("api/v1/search/suggestions", "api/v1/search/suggestions?q=%20%20")) {
            HttpResponse<String> blank = sam.get(path);
            assertEquals(400, blank.statusCode(), path);
            assertEquals("Type at least one letter to get suggestions.", AgoraClient.json(blank).getString("detail"));
        }
        HttpResponse<String> overlong = sam.get("api/v1/search/suggestions?q=" + "a".repeat(101));
        assertEquals(400, overlong.statusCode());
        assertTrue(overlong.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(AgoraClient.json(overlong).getString("detail").contains("up to 100 characters"));

        JsonObject punctuation = suggestions(sam, "--");
        assertTrue(punctuation.getJsonArray("people").isEmpty() && punctuation.getJsonArray("groups").isEmpty()
                && punctuation.getJsonArray("tags").isEmpty(), "nothing to complete, nothing offered: " + punctuation);
        assertEquals(401, AgoraClient.anonymous(base).get("api/v1/search/suggestions?q=mar").statusCode());
    }

    private static JsonObject suggestions(AgoraClient client, String prefix) {
        HttpResponse<String> response = client.get("api/v1/search/suggestions?q="
                + URLEncoder.encode(prefix, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return AgoraClient.json(response);
    }

    /** Everything offered, of every kind, as text; the prefix asked for is echoed beside it. */
    private static String offered(JsonObject suggestions) {
        return suggestions.getJsonArray("people") + " " + suggestions.getJsonArray("groups") + " "
                + suggestions.getJsonArray("tags");
    }

    private static List<String> groupNames(JsonObject suggestions) {
        return names(suggestions, "groups", "name");
    }

    private static List<String> peopleNames(JsonObject suggestions) {
        return names(suggestions, "people", "name");
    }

    private static List<Long> peopleIds(JsonObject suggestions) {
        return suggestions.getJsonArray("people").stream()
                .map(person -> person.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static List<String> tags(JsonObject suggestions) {
        return names(suggestions, "tags", "tag");
    }

    private static List<String> names(JsonObject suggestions, String kind, String field) {
        return suggestions.getJsonArray(kind).stream().map(value -> value.asJsonObject().getString(field)).toList();
    }

    private static long createGroup(AgoraClient owner, String name, String visibility) {
        HttpResponse<String> created = owner.postRaw("api/v1/groups", "application/json", Json.createObjectBuilder()
                .add("name", name).add("visibility", visibility).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return AgoraClient.json(created).getJsonNumber("id").longValue();
    }

    /** Letters only, so that every analyzer keeps the whole word. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
