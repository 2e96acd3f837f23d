package org.agora.people;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Declared topics: one canonical spelling, suggestions from what exists, aliases merged by administrators. */
class ExpertiseIT extends DeployedAgora {

    @Test
    void aTopicIsStoredInItsCanonicalSpellingAndSuggestedToOthers() {
        String word = uniqueWord("chaos");
        AgoraClient sam = AgoraClient.as(base, "sam");

        JsonObject profile = AgoraClient.json(sam.put("api/v1/people/me/expertise/" + "%20" + word.toUpperCase() + "%20%20Engineering%20"));

        assertTrue(tags(profile).contains(word + "-engineering"), tags(profile).toString());
        String suggestions = AgoraClient.as(base, "helena").get("api/v1/expertise?prefix=" + word.substring(0, 8)).body();
        assertTrue(suggestions.contains("\"" + word + "-engineering\""), suggestions);

        JsonObject withdrawn = AgoraClient.json(sam.delete("api/v1/people/me/expertise/" + word + "-engineering"));
        assertFalse(tags(withdrawn).contains(word + "-engineering"));
    }

    @Test
    void mergingAnAliasMovesPeopleAndEndorsementsAndResolvesLaterTyping() {
        String alias = uniqueWord("kube");
        AgoraClient sam = AgoraClient.as(base, "sam");
        long samId = AgoraClient.json(sam.put("api/v1/people/me/expertise/" + alias)).getJsonObject("person").getInt("id");
        // Priya works in People, so no demo endorsement of Sam's (all from his department) is hers already
        AgoraClient priya = AgoraClient.as(base, "priya");
        assertEquals(200, priya.put("api/v1/people/" + samId + "/expertise/" + alias + "/endorsement").statusCode());
        long kubernetesBefore = endorsements(AgoraClient.json(priya.get("api/v1/people/" + samId)), "kubernetes");

        HttpResponse<String> merged = AgoraClient.as(base, "alex").postRaw("api/v1/expertise/merges", "application/json",
                Json.createObjectBuilder().add("alias", alias).add("into", "Kubernetes").build().toString());

        assertEquals(200, merged.statusCode(), merged.body());
        JsonObject samNow = AgoraClient.json(priya.get("api/v1/people/" + samId));
        assertFalse(tags(samNow).contains(alias), "the alias is gone from profiles");
        assertEquals(kubernetesBefore + 1, endorsements(samNow, "kubernetes"), "Priya's endorsement moved along");
        JsonObject retyped = AgoraClient.json(sam.put("api/v1/people/me/expertise/" + alias));
        assertFalse(tags(retyped).contains(alias), "typing the alias again means the canonical topic");
    }

    @Test
    void onlyAdministratorsMergeTopics() {
        HttpResponse<String> response = AgoraClient.as(base, "sam").postRaw("api/v1/expertise/merges", "application/json",
                "{\"alias\": \"java\", \"into\": \"kubernetes\"}");

        assertEquals(403, response.statusCode());
        assertTrue(AgoraClient.json(AgoraClient.as(base, "marcus").get("api/v1/people/me")).toString().contains("\"java\""),
                "nothing was merged");
    }

    @Test
    void aTopicPageListsItsExperts() {
        String experts = AgoraClient.as(base, "sam").get("api/v1/expertise/Kubernetes/people").body();

        assertTrue(experts.contains("Marcus Chen"), experts);
    }

    private static String uniqueWord(String stem) {
        Random random = new Random();
        StringBuilder word = new StringBuilder(stem);
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static List<String> tags(JsonObject profile) {
        return profile.getJsonArray("expertise").stream().map(t -> t.asJsonObject().getString("tag")).toList();
    }

    private static long endorsements(JsonObject profile, String tag) {
        return profile.getJsonArray("expertise").stream().map(JsonValue::asJsonObject)
                .filter(topic -> topic.getString("tag").equals(tag))
                .findFirst().orElseThrow().getInt("endorsements");
    }
}
