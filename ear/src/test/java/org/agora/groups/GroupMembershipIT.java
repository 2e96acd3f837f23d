package org.agora.groups;

import java.net.http.HttpResponse;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anyone joins a public group and may then post in it; joining a private group asks its owners; secret ones do not
 * exist for outsiders.
 */
class GroupMembershipIT extends DeployedAgora {

    @Test
    void anEmployeeJoinsAPublicGroupPostsInItAndLeaves() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        JsonObject before = group(sam, "sales-tips");
        assertFalse(before.getBoolean("member"), "Sam is an engineer, not in the sales group");
        long id = before.getInt("id");
        try {
            JsonObject joined = AgoraClient.json(sam.put("api/v1/groups/" + id + "/membership"));
            assertTrue(joined.getBoolean("member"));
            assertEquals(before.getInt("memberCount") + 1, joined.getInt("memberCount"));
            String word = "tip" + UUID.randomUUID().toString().substring(0, 6);
            HttpResponse<String> posted = sam.postRaw("api/v1/posts", "application/json",
                    Json.createObjectBuilder().add("body", "An engineer's sales tip: " + word).add("groupId", id).build().toString());
            assertEquals(201, posted.statusCode(), posted.body());
            JsonObject feed = AgoraClient.json(AgoraClient.as(base, "helena").get("api/v1/groups/" + id + "/posts"));
            assertTrue(feed.getJsonArray("posts").getJsonObject(0).getString("bodyHtml").contains(word),
                    "the group's feed shows it first, to anyone who may read the group");
        } finally {
            assertEquals(204, sam.delete("api/v1/groups/" + id + "/membership").statusCode());
        }
        assertFalse(group(sam, "sales-tips").getBoolean("member"));
        HttpResponse<String> outside = sam.postRaw("api/v1/posts", "application/json",
                Json.createObjectBuilder().add("body", "Still here?").add("groupId", id).build().toString());
        assertEquals(400, outside.statusCode());
        assertEquals("Join Sales Tips Worldwide to post in it.", AgoraClient.json(outside).getString("detail"));
    }

    @Test
    void joiningAPrivateGroupOnlyAsksAndShowsOutsidersNoPosts() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        JsonObject circle = group(sam, "leadership-circle");
        long id = circle.getInt("id");
        try {
            JsonObject asked = AgoraClient.json(sam.put("api/v1/groups/" + id + "/membership"));

            assertFalse(asked.getBoolean("member"));
            assertEquals("REQUEST", asked.getString("pending"));
            assertEquals(404, sam.get("api/v1/groups/" + id + "/posts").statusCode());
            assertEquals(200, AgoraClient.as(base, "helena").get("api/v1/groups/" + id + "/posts").statusCode());
        } finally {
            assertEquals(204, sam.delete("api/v1/groups/" + id + "/membership").statusCode(), "the request is withdrawn");
        }
        assertFalse(group(sam, "leadership-circle").containsKey("pending"));
    }

    @Test
    void aSecretGroupDoesNotExistForOutsidersAndKeepsItsLastOwner() {
        AgoraClient marcus = AgoraClient.as(base, "marcus");
        long id = group(marcus, "project-nightingale").getInt("id");
        AgoraClient sam = AgoraClient.as(base, "sam");

        assertEquals(404, sam.get("api/v1/groups/project-nightingale").statusCode());
        assertEquals(404, sam.put("api/v1/groups/" + id + "/membership").statusCode());
        assertEquals(404, sam.get("api/v1/groups/" + id + "/posts").statusCode());
        assertFalse(sam.get("api/v1/groups").body().contains("Nightingale"));
        HttpResponse<String> leave = marcus.delete("api/v1/groups/" + id + "/membership");
        assertEquals(400, leave.statusCode());
        assertTrue(AgoraClient.json(leave).getString("detail").startsWith("You are the only owner of Project Nightingale"));
        assertTrue(group(marcus, "project-nightingale").getBoolean("member"));
    }

    private static JsonObject group(AgoraClient client, String slug) {
        HttpResponse<String> response = client.get("api/v1/groups/" + slug);
        assertEquals(200, response.statusCode(), response.body());
        return AgoraClient.json(response);
    }
}
