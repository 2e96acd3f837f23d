package org.agora.feed;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.agora.feed.PostEditingIT.suffix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Questions take an accepted answer, polls take votes and show results after voting, announcements stay pinned. */
class PostKindsIT extends DeployedAgora {

    @Test
    void theAskerAcceptsAnAnswerWhoseAuthorIsToldAndTheQuestionLeavesTheUnansweredList() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        long question = id(publish(sam, post("Who knows how to rotate the staging certificates? " + suffix())
                .add("kind", "question")));
        assertTrue(listed(tomas.get("api/v1/posts?unanswered=true&size=100"), question), "an open question is findable");
        long answer = AgoraClient.json(tomas.postRaw("api/v1/posts/" + question + "/comments", "application/json",
                "{\"body\": \"Run the renew job in the ops console.\"}")).getJsonNumber("id").longValue();

        HttpResponse<String> notTheAsker = tomas.putJson("api/v1/posts/" + question + "/accepted-answer",
                "{\"commentId\": " + answer + "}");
        assertEquals(403, notTheAsker.statusCode());

        JsonObject accepted = AgoraClient.json(sam.putJson("api/v1/posts/" + question + "/accepted-answer",
                "{\"commentId\": " + answer + "}"));
        assertEquals(answer, accepted.getJsonNumber("acceptedCommentId").longValue());
        JsonObject notice = AgoraClient.json(tomas.get("api/v1/notifications")).getJsonArray("latest").getJsonObject(0);
        assertEquals("Sam Taylor accepted your answer.", notice.getString("text"));
        assertFalse(listed(tomas.get("api/v1/posts?unanswered=true&size=100"), question), "an answered question is not");

        long discussion = id(publish(sam, post("Just chatting " + suffix())));
        assertEquals("Only a question takes an accepted answer.", detail(sam.putJson(
                "api/v1/posts/" + discussion + "/accepted-answer", "{\"commentId\": " + answer + "}")));
    }

    @Test
    void aPollShowsResultsOnlyAfterVotingAndTakesOneVoteEach() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        AgoraClient priya = AgoraClient.as(base, "priya");
        long poll = id(publish(sam, post("Where do we hold the offsite? " + suffix()).add("kind", "POLL")
                .add("options", options("Lisbon", "Kraków", "Porto"))));
        JsonObject before = AgoraClient.json(tomas.get("api/v1/posts/" + poll + "/poll"));
        JsonArray choices = before.getJsonArray("options");
        assertEquals(3, choices.size());
        long lisbon = choices.getJsonObject(0).getJsonNumber("id").longValue();
        long krakow = choices.getJsonObject(1).getJsonNumber("id").longValue();
        assertTrue(before.getBoolean("open"));

        JsonObject afterTomas = AgoraClient.json(tomas.postRaw("api/v1/posts/" + poll + "/votes", "application/json",
                "{\"optionIds\": [" + lisbon + "]}"));
        assertEquals(1, afterTomas.getJsonArray("options").getJsonObject(0).getInt("votes"));
        assertEquals(1, afterTomas.getInt("voters"));

        JsonObject beforePriyaVotes = AgoraClient.json(priya.get("api/v1/posts/" + poll + "/poll"));
        assertEquals(0, beforePriyaVotes.getJsonArray("options").getJsonObject(0).getInt("votes"),
                "results stay hidden until one votes");
        assertEquals("You have already voted in this poll.", detail(tomas.postRaw("api/v1/posts/" + poll + "/votes",
                "application/json", "{\"optionIds\": [" + krakow + "]}")));
        assertEquals("This poll takes one choice.", detail(priya.postRaw("api/v1/posts/" + poll + "/votes",
                "application/json", "{\"optionIds\": [" + lisbon + ", " + krakow + "]}")));
        assertEquals("Choose among the options of this poll.", detail(priya.postRaw("api/v1/posts/" + poll + "/votes",
                "application/json", "{\"optionIds\": [-1]}")));

        assertEquals("A poll needs between 2 and 10 options; this one has 1.", detail(sam.postRaw("api/v1/posts",
                "application/json", post("Yes?").add("kind", "POLL").add("options", options("Yes", " ")).build().toString())));
        assertEquals("A poll must close in the future.", detail(sam.postRaw("api/v1/posts", "application/json",
                post("Late?").add("kind", "POLL").add("options", options("Yes", "No"))
                        .add("closesAt", Instant.now().minus(1, ChronoUnit.HOURS).toString()).build().toString())));
    }

    @Test
    void announcementsArePinnedFromThoseWhoMayMakeThemUntilUnpinned() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient helena = AgoraClient.as(base, "helena");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        HttpResponse<String> refused = sam.postRaw("api/v1/posts", "application/json",
                post("Everyone: free pizza").add("kind", "ANNOUNCEMENT").build().toString());
        assertEquals(403, refused.statusCode());
        assertTrue(AgoraClient.json(refused).getString("detail").startsWith("Company-wide announcements come from HR"));

        long announcement = id(publish(helena, post("Our new parental leave policy starts on Monday. " + suffix())
                .add("kind", "ANNOUNCEMENT")));
        try {
            assertTrue(listed(tomas.get("api/v1/posts/pinned"), announcement), "pinned for everyone");
            assertFalse(listed(tomas.get("api/v1/posts?size=100"), announcement), "above the feed, not in it");
            assertEquals(403, tomas.delete("api/v1/posts/" + announcement + "/pin").statusCode());
        } finally {
            assertFalse(AgoraClient.json(helena.delete("api/v1/posts/" + announcement + "/pin")).getBoolean("pinned"));
        }
        assertFalse(listed(tomas.get("api/v1/posts/pinned"), announcement));
        assertTrue(listed(tomas.get("api/v1/posts?size=100"), announcement), "unpinned, it takes its place in the feed");

        JsonObject group = AgoraClient.json(sam.postRaw("api/v1/groups", "application/json", Json.createObjectBuilder()
                .add("name", "Hack Week " + suffix()).add("visibility", "PUBLIC").build().toString()));
        long groupId = group.getInt("id");
        long inGroup = id(publish(sam, post("Hack week starts Monday: pitch your idea.").add("kind", "ANNOUNCEMENT")
                .add("groupId", groupId)));
        assertTrue(listed(tomas.get("api/v1/groups/" + groupId + "/pinned"), inGroup), "an owner announces in the group");
        tomas.put("api/v1/groups/" + groupId + "/membership");
        assertEquals(403, tomas.postRaw("api/v1/posts", "application/json", post("I announce too")
                .add("kind", "ANNOUNCEMENT").add("groupId", groupId).build().toString()).statusCode(), "a member does not");
    }

    private static JsonObjectBuilder post(String body) {
        return Json.createObjectBuilder().add("body", body);
    }

    private static JsonArrayBuilder options(String... labels) {
        JsonArrayBuilder options = Json.createArrayBuilder();
        for (String label : labels) {
            options.add(label);
        }
        return options;
    }

    private static HttpResponse<String> publish(AgoraClient author, JsonObjectBuilder post) {
        HttpResponse<String> published = author.postRaw("api/v1/posts", "application/json", post.build().toString());
        assertEquals(201, published.statusCode(), published.body());
        return published;
    }

    private static long id(HttpResponse<String> response) {
        return AgoraClient.json(response).getJsonNumber("id").longValue();
    }

    /** Whether a page of posts, or a list of them, holds this post. */
    private static boolean listed(HttpResponse<String> response, long postId) {
        assertEquals(200, response.statusCode(), response.body());
        String body = response.body();
        JsonArray posts = body.startsWith("[") ? AgoraClient.jsonArray(response) : AgoraClient.json(response).getJsonArray("posts");
        return posts.stream().map(JsonObject.class::cast).anyMatch(post -> post.getJsonNumber("id").longValue() == postId);
    }

    private static String detail(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return AgoraClient.json(response).getString("detail");
    }
}
