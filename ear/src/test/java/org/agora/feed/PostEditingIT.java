package org.agora.feed;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Authors edit their posts (readers see that, and what it said before) and delete them; nobody else may. */
class PostEditingIT extends DeployedAgora {

    @Test
    void anAuthorEditsTheirPostAndReadersSeeTheEarlierWording() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        String before = "tuesday" + suffix();
        String after = "thursday" + suffix();
        long id = publish(sam, "The cluster upgrade is on " + before + ".");

        HttpResponse<String> edited = sam.putJson("api/v1/posts/" + id,
                Json.createObjectBuilder().add("body", "The cluster upgrade moves to " + after + ".").build().toString());

        assertEquals(200, edited.statusCode(), edited.body());
        JsonObject post = AgoraClient.json(tomas.get("api/v1/posts/" + id));
        assertTrue(post.getString("bodyHtml").contains(after));
        assertTrue(post.containsKey("editedAt"), "readers see that it was edited");
        JsonArray history = AgoraClient.jsonArray(tomas.get("api/v1/posts/" + id + "/history"));
        assertEquals(1, history.size());
        assertTrue(history.getJsonObject(0).getString("bodyHtml").contains(before), "and what it said before");
        Eventually.within(Duration.ofSeconds(15), "search finds the new wording",
                () -> AgoraClient.json(tomas.search(after)).getInt("total") == 1);
        Eventually.within(Duration.ofSeconds(15), "and no longer the old one",
                () -> AgoraClient.json(tomas.search(before)).getInt("total") == 0);

        HttpResponse<String> someoneElse = tomas.putJson("api/v1/posts/" + id, "{\"body\": \"Hijacked\"}");
        assertEquals(403, someoneElse.statusCode());
        assertEquals("Only its author can edit this post.", AgoraClient.json(someoneElse).getString("detail"));
        assertEquals(400, sam.putJson("api/v1/posts/" + id, "{\"body\": \"  \"}").statusCode(), "an empty edit is refused");
        assertTrue(AgoraClient.json(tomas.get("api/v1/posts/" + id)).getString("bodyHtml").contains(after),
                "and changes nothing");
    }

    @Test
    void anAuthorDeletesTheirPostWithItsConversationAndOnlyThey() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        String word = "farewell" + suffix();
        long id = publish(sam, "Leaving drinks on Friday: " + word);
        tomas.postRaw("api/v1/posts/" + id + "/comments", "application/json", "{\"body\": \"I'll be there\"}");
        Eventually.within(Duration.ofSeconds(15), "the post is searchable",
                () -> AgoraClient.json(tomas.search(word)).getInt("total") == 1);

        assertEquals(403, tomas.delete("api/v1/posts/" + id).statusCode());
        assertEquals(204, sam.delete("api/v1/posts/" + id).statusCode());

        assertEquals(404, sam.get("api/v1/posts/" + id).statusCode());
        assertEquals(404, tomas.get("api/v1/posts/" + id + "/comments").statusCode(), "its comments went with it");
        assertFalse(sam.get("api/v1/notifications").body().contains("\"postId\":" + id), "so did the notices about it");
        Eventually.within(Duration.ofSeconds(15), "search forgets it",
                () -> AgoraClient.json(tomas.search(word)).getInt("total") == 0);
    }

    static long publish(AgoraClient author, String body) {
        HttpResponse<String> published = author.publish(body);
        assertEquals(201, published.statusCode(), published.body());
        return AgoraClient.json(published).getJsonNumber("id").longValue();
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    }
}
