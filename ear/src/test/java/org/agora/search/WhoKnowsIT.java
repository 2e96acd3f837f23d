package org.agora.search;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Who knows X?" over the people index: typos, places, endorsements and people who left. */
class WhoKnowsIT extends DeployedAgora {

    /** The demo's named people, whom other tests sign in as: never deactivated here. */
    private static final Set<String> DEMO_LOGINS = Set.of("Helena Virtanen", "Marcus Chen", "Priya Raman",
            "Tomás Álvarez", "Alex Morgan", "Sam Taylor");

    @Test
    void aMisspelledTopicFindsTheExpertsAndSaysWhy() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        Eventually.within(Duration.ofSeconds(30), "Marcus is found for 'kubernets'",
                () -> names(whoKnows(sam, "kubernets", null)).contains("Marcus Chen"));

        JsonObject marcus = hits(whoKnows(sam, "kubernets", null)).stream()
                .filter(hit -> hit.getString("fullName").equals("Marcus Chen")).findFirst().orElseThrow();
        assertTrue(marcus.getJsonArray("reasons").getString(0).startsWith("Knows kubernetes"), marcus.toString());
    }

    @Test
    void aPlaceKeepsOnlyThePeopleWhoWorkThere() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        Eventually.within(Duration.ofSeconds(30), "people in Singapore are indexed",
                () -> hits(whoKnows(sam, "kubernetes", "Singapore")).size() >= 3);

        List<JsonObject> hits = hits(whoKnows(sam, "kubernetes", "Singapore"));
        assertTrue(hits.stream().allMatch(hit -> hit.getString("location").contains("Singapore")), hits.toString());
    }

    @Test
    void endorsementsRaiseSomeoneToTheTop() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        Eventually.within(Duration.ofSeconds(30), "people in Singapore are indexed",
                () -> hits(whoKnows(sam, "kubernetes", "Singapore")).size() >= 3);
        List<JsonObject> before = hits(whoKnows(sam, "kubernetes", "Singapore"));
        JsonObject rising = before.get(before.size() - 1);

        // more endorsers than anyone in the demo has for one topic (at most two), so the rise is unmistakable
        List<String> endorsers = new ArrayList<>(List.of("helena", "priya", "tomas", "alex"));
        before.stream().filter(hit -> hit.getInt("id") != rising.getInt("id")).limit(4)
                .map(hit -> AgoraClient.json(sam.get("api/v1/people/" + hit.getInt("id"))).getString("email"))
                .map(email -> email.substring(0, email.indexOf('@')))
                .forEach(endorsers::add);
        for (String colleague : endorsers) {
            HttpResponse<String> endorsed = AgoraClient.as(base, colleague)
                    .put("api/v1/people/" + rising.getInt("id") + "/expertise/kubernetes/endorsement");
            assertEquals(200, endorsed.statusCode(), endorsed.body());
        }

        Eventually.within(Duration.ofSeconds(30), rising.getString("fullName") + " ranks first",
                () -> hits(whoKnows(sam, "kubernetes", "Singapore")).get(0).getInt("id") == rising.getInt("id"));
        assertTrue(hits(whoKnows(sam, "kubernetes", "Singapore")).get(0).getJsonArray("reasons").getString(0)
                .contains("endorsements"));
    }

    @Test
    void someoneWhoLeftIsNoLongerFound() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        Eventually.within(Duration.ofSeconds(30), "people in Singapore are indexed",
                () -> hits(whoKnows(sam, "kubernetes", "Singapore")).size() >= 3);
        List<JsonObject> hits = hits(whoKnows(sam, "kubernetes", "Singapore"));
        JsonObject leaver = hits.stream().filter(hit -> !DEMO_LOGINS.contains(hit.getString("fullName")))
                .skip(1).findFirst().orElseThrow();

        assertEquals(200, AgoraClient.as(base, "priya").postRaw("api/v1/people/" + leaver.getInt("id") + "/deactivation",
                "application/json", "").statusCode());

        Eventually.within(Duration.ofSeconds(30), leaver.getString("fullName") + " disappears",
                () -> !names(whoKnows(sam, "kubernetes", "Singapore")).contains(leaver.getString("fullName")));
    }

    private static HttpResponse<String> whoKnows(AgoraClient client, String topic, String location) {
        return client.get("api/v1/people?q=" + topic + (location == null ? "" : "&location=" + location));
    }

    private static List<JsonObject> hits(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return List.of();
        }
        return AgoraClient.json(response).getJsonArray("hits").stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<String> names(HttpResponse<String> response) {
        return hits(response).stream().map(hit -> hit.getString("fullName")).toList();
    }
}
