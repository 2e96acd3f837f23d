package org.agora.people;

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

/** HR changes the organisation: managers without cycles, employees who leave. */
class OrganisationIT extends DeployedAgora {

    @Test
    void aManagerChainThatLeadsBackIsRefused() {
        AgoraClient priya = AgoraClient.as(base, "priya");

        HttpResponse<String> cycle = priya.putJson("api/v1/people/" + id("helena") + "/manager",
                "{\"managerId\": " + id("sam") + "}");
        HttpResponse<String> self = priya.putJson("api/v1/people/" + id("sam") + "/manager",
                "{\"managerId\": " + id("sam") + "}");

        assertEquals(400, cycle.statusCode(), cycle.body());
        assertTrue(AgoraClient.json(cycle).getString("detail").endsWith("who already reports to them."));
        assertEquals(400, self.statusCode());
        assertEquals("Sam Taylor cannot be their own manager.", AgoraClient.json(self).getString("detail"));
        assertEquals("Helena Virtanen", chain(AgoraClient.json(priya.get("api/v1/people/" + id("sam")))).get(
                chain(AgoraClient.json(priya.get("api/v1/people/" + id("sam")))).size() - 1), "nothing changed");
    }

    @Test
    void onlyHrAndAdministratorsChangeTheOrganisation() {
        AgoraClient sam = AgoraClient.as(base, "sam");

        assertEquals(403, sam.putJson("api/v1/people/" + id("helena") + "/manager", "{\"managerId\": null}").statusCode());
        assertEquals(403, sam.postRaw("api/v1/people/" + id("helena") + "/deactivation", "application/json", "").statusCode());
        assertTrue(AgoraClient.json(sam.get("api/v1/people/" + id("marcus"))).getJsonArray("managerChain").size() == 1);
    }

    @Test
    void hrMovesAnEmployeeToAnotherManager() {
        JsonObject colleague = samsTeammates().get(0);
        AgoraClient priya = AgoraClient.as(base, "priya");

        HttpResponse<String> moved = priya.putJson("api/v1/people/" + colleague.getInt("id") + "/manager",
                "{\"managerId\": " + id("marcus") + "}");

        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(List.of("Marcus Chen", "Helena Virtanen"), chain(AgoraClient.json(moved)));
    }

    @Test
    void aDeactivatedEmployeeCannotSignInAndIsNoLongerListedButTheirPostsStay() {
        List<JsonObject> teammates = samsTeammates();
        JsonObject leaver = teammates.get(teammates.size() - 1);
        long leaverId = leaver.getInt("id");
        JsonObject profile = AgoraClient.json(AgoraClient.as(base, "sam").get("api/v1/people/" + leaverId));
        String username = profile.getString("email").substring(0, profile.getString("email").indexOf('@'));
        AgoraClient leaving = AgoraClient.as(base, username);
        String word = "farewell" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, leaving.publish("Thank you all, this is my " + word + " post.").statusCode());
        String tag = profile.getJsonArray("expertise").getJsonObject(0).getString("tag");

        HttpResponse<String> deactivated = AgoraClient.as(base, "priya")
                .postRaw("api/v1/people/" + leaverId + "/deactivation", "application/json", "");

        assertEquals(200, deactivated.statusCode(), deactivated.body());
        assertTrue(AgoraClient.json(deactivated).getBoolean("former"));
        assertEquals(401, leaving.get("api/v1/people/me").statusCode(), "a former employee cannot sign in");
        AgoraClient sam = AgoraClient.as(base, "sam");
        assertFalse(sam.get("api/v1/expertise/" + tag + "/people").body().contains(leaver.getString("fullName")),
                "no longer listed as an expert");
        JsonObject post = AgoraClient.json(sam.get("api/v1/posts?scope=all&size=50")).getJsonArray("posts").stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("bodyHtml").contains(word))
                .findFirst().orElseThrow();
        assertTrue(post.getBoolean("authorFormer"), "the post stays, under a former employee's name");
    }

    private long id(String username) {
        return AgoraClient.json(AgoraClient.as(base, username).get("api/v1/people/me")).getJsonObject("person").getInt("id");
    }

    /** Sam's manager's other direct reports. */
    private List<JsonObject> samsTeammates() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        JsonObject me = AgoraClient.json(sam.get("api/v1/people/me"));
        long managerId = me.getJsonArray("managerChain").getJsonObject(0).getInt("id");
        return AgoraClient.json(sam.get("api/v1/people/" + managerId)).getJsonArray("directReports").stream()
                .map(JsonValue::asJsonObject)
                .filter(person -> !person.getString("fullName").equals("Sam Taylor"))
                .toList();
    }

    private static List<String> chain(JsonObject profile) {
        return profile.getJsonArray("managerChain").stream()
                .map(person -> person.asJsonObject().getString("fullName")).toList();
    }
}
