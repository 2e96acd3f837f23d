package org.agora.feed;

import java.net.http.HttpResponse;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The home feed shows what an employee follows: their own posts, colleagues they follow, groups they belong to and
 * company announcements; "all" shows everything they may read.
 */
class HomeFeedIT extends DeployedAgora {

    @Test
    void followingAColleagueOrJoiningAGroupBringsTheirPostsHome() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        long tomasId = tomas.employeeId();
        sam.delete("api/v1/people/" + tomasId + "/follow");
        String word = "homefeed" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject group = AgoraClient.json(tomas.postRaw("api/v1/groups", "application/json", Json.createObjectBuilder()
                .add("name", "Board games " + word).add("visibility", "PUBLIC").build().toString()));
        long groupId = group.getJsonNumber("id").longValue();
        long profilePost = id(tomas.publish("On my profile: " + word));
        long groupPost = id(tomas.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                .add("body", "In the group: " + word).add("groupId", groupId).build().toString()));
        long ownPost = id(sam.publish("Sam writes: " + word));
        try {
            assertTrue(listed(sam, "", ownPost), "one's own posts are at home");
            assertFalse(listed(sam, "", profilePost), "a colleague sam does not follow stays out");
            assertFalse(listed(sam, "", groupPost), "so does a group sam has not joined");
            assertTrue(listed(sam, "&scope=all", profilePost), "all company shows what sam may read");
            assertTrue(listed(sam, "&scope=all", groupPost));

            assertEquals(200, sam.put("api/v1/people/" + tomasId + "/follow").statusCode());
            assertTrue(listed(sam, "", profilePost), "following tomas brings his posts home");
            assertTrue(listed(sam, "", groupPost), "wherever he writes that sam may read");

            assertEquals(200, sam.delete("api/v1/people/" + tomasId + "/follow").statusCode());
            assertFalse(listed(sam, "", profilePost));
            assertEquals(200, sam.put("api/v1/groups/" + groupId + "/membership").statusCode());
            assertTrue(listed(sam, "", groupPost), "joining the group brings its posts home");
            assertFalse(listed(sam, "", profilePost), "but not tomas's other posts");
        } finally {
            sam.delete("api/v1/people/" + tomasId + "/follow");
        }
    }

    @Test
    void anUnknownScopeIsRefusedWithProblemDetails() {
        HttpResponse<String> response = AgoraClient.as(base, "sam").get("api/v1/posts?scope=friends");

        assertEquals(400, response.statusCode());
        assertEquals("Unknown scope \"friends\": use following (the default) or all.",
                AgoraClient.json(response).getString("detail"));
    }

    private static boolean listed(AgoraClient client, String query, long postId) {
        return AgoraClient.json(client.get("api/v1/posts?size=100" + query)).getJsonArray("posts").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(post -> post.getJsonNumber("id").longValue() == postId);
    }

    private static long id(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return AgoraClient.json(created).getJsonNumber("id").longValue();
    }
}
