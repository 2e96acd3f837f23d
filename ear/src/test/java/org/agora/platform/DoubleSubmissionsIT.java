package org.agora.platform;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Parallel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A double click, or a request a flaky network sends again, arrives twice at once. Each of these actions counts
 * once and answers like the first, never with an error about a duplicate.
 */
class DoubleSubmissionsIT extends DeployedAgora {

    private static final int AT_ONCE = 8;

    private static String word() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void allSucceeded(List<HttpResponse<String>> answers) {
        answers.forEach(answer -> assertTrue(answer.statusCode() < 300, answer.statusCode() + " " + answer.body()));
    }

    @Test
    void aReactionSentManyTimesAtOnceCountsOnce() {
        HttpResponse<String> published = AgoraClient.as(base, "sam").publish("Launch day " + word());
        long post = AgoraClient.json(published).getJsonNumber("id").longValue();
        AgoraClient marcus = AgoraClient.signedIn(base, "marcus");

        allSucceeded(Parallel.run(AT_ONCE, AT_ONCE,
                i -> marcus.putJson("api/v1/posts/" + post + "/reaction", "{\"kind\":\"LIKE\"}")));

        JsonObject activity = AgoraClient.json(marcus.get("api/v1/posts/" + post + "/activity"));
        assertEquals(1, activity.getJsonObject("reactions").getInt("LIKE"), activity.toString());
    }

    @Test
    void joiningAGroupManyTimesAtOnceJoinsOnce() {
        JsonObject group = AgoraClient.json(AgoraClient.as(base, "sam").postJson("api/v1/groups",
                "{\"name\": \"Running club " + word() + "\", \"visibility\": \"PUBLIC\"}"));
        long id = group.getJsonNumber("id").longValue();
        AgoraClient marcus = AgoraClient.signedIn(base, "marcus");

        List<HttpResponse<String>> joins = Parallel.run(AT_ONCE, AT_ONCE,
                i -> marcus.put("api/v1/groups/" + id + "/membership"));

        allSucceeded(joins);
        joins.forEach(join -> assertEquals(2, AgoraClient.json(join).getInt("memberCount"), join.body()));
    }

    @Test
    void followingAndEndorsingManyTimesAtOnceCountOnce() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        String topic = "double-click-" + word();
        long samId = AgoraClient.json(sam.put("api/v1/people/me/expertise/" + topic)).getJsonObject("person")
                .getJsonNumber("id").longValue();
        AgoraClient tomas = AgoraClient.signedIn(base, "tomas");
        boolean followedBefore = AgoraClient.json(tomas.get("api/v1/people/" + samId)).getBoolean("followedByMe");
        try {
            allSucceeded(Parallel.run(AT_ONCE, AT_ONCE,
                    i -> tomas.put("api/v1/people/" + samId + "/expertise/" + topic + "/endorsement")));
            allSucceeded(Parallel.run(AT_ONCE, AT_ONCE, i -> tomas.put("api/v1/people/" + samId + "/follow")));

            JsonObject profile = AgoraClient.json(tomas.get("api/v1/people/" + samId));
            JsonObject declared = profile.getJsonArray("expertise").getValuesAs(JsonObject.class).stream()
                    .filter(expertise -> topic.equals(expertise.getString("tag"))).findFirst().orElseThrow();
            assertEquals(1, declared.getInt("endorsements"), declared.toString());
            assertTrue(profile.getBoolean("followedByMe"));
        } finally {
            if (!followedBefore) {
                tomas.delete("api/v1/people/" + samId + "/follow");
            }
            sam.delete("api/v1/people/me/expertise/" + topic);
        }
    }
}
