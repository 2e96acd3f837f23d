package org.agora.groups;

import java.net.http.HttpResponse;
import java.time.Duration;

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
 * What is posted in a secret group reaches its members only: not the feed, search or the REST API of anyone
 * else. Uses the demo company's Project Nightingale, whose members include marcus but not sam.
 */
class SecretGroupPrivacyIT extends DeployedAgora {

    private static final String SECRET_GROUP = "Project Nightingale";

    @Test
    void searchShowsSecretGroupPostsToMembersOnly() {
        AgoraClient member = AgoraClient.as(base, "marcus");
        Eventually.within(Duration.ofSeconds(30), "a member finds the group's posts",
                () -> member.search("nightingale").body().contains(SECRET_GROUP));

        HttpResponse<String> outsider = AgoraClient.as(base, "sam").search("nightingale");

        assertEquals(200, outsider.statusCode());
        assertFalse(outsider.body().contains(SECRET_GROUP), outsider.body());
        assertEquals(0, AgoraClient.json(outsider).getInt("total"), "not even a count leaks");
    }

    @Test
    void feedShowsSecretGroupPostsToMembersOnly() {
        assertTrue(feedOf("marcus").contains(SECRET_GROUP), "the member's feed has the group's posts");
        assertFalse(feedOf("sam").contains(SECRET_GROUP), "the outsider's feed has none");
    }

    @Test
    void secretGroupPostIsNotFoundForOutsidersByItsId() {
        AgoraClient member = AgoraClient.as(base, "marcus");
        JsonObject secretPost = AgoraClient.json(member.get("api/v1/posts?size=100")).getJsonArray("posts").stream()
                .map(JsonValue::asJsonObject)
                .filter(post -> SECRET_GROUP.equals(post.getString("groupName", null)))
                .findFirst().orElseThrow();
        String path = "api/v1/posts/" + secretPost.getInt("id");

        assertEquals(200, member.get(path).statusCode());
        HttpResponse<String> outsider = AgoraClient.as(base, "sam").get(path);
        assertEquals(404, outsider.statusCode());
        assertFalse(outsider.body().contains(SECRET_GROUP));
    }

    /** Every post an employee may read in feeds, page after page. */
    private String feedOf(String username) {
        AgoraClient client = AgoraClient.as(base, username);
        StringBuilder feed = new StringBuilder();
        String cursor = "";
        do {
            JsonObject page = AgoraClient.json(client.get("api/v1/posts?scope=all&size=100&cursor=" + cursor));
            feed.append(page.getJsonArray("posts"));
            cursor = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
        } while (cursor != null);
        return feed.toString();
    }
}
