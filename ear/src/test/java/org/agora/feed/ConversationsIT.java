package org.agora.feed;

import java.net.http.HttpResponse;
import java.util.List;
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

/** Colleagues answer posts: one reaction each, comments with one level of replies, only where they may read. */
class ConversationsIT extends DeployedAgora {

    @Test
    void eachColleagueHasOneReactionThatTheyCanChangeOrTakeBack() {
        long post = newPost("sam");
        AgoraClient helena = AgoraClient.as(base, "helena");
        AgoraClient marcus = AgoraClient.as(base, "marcus");

        react(helena, post, "like");
        JsonObject changed = react(helena, post, "Celebrate");
        JsonObject both = react(marcus, post, "celebrate");

        assertEquals("CELEBRATE", changed.getString("myReaction"));
        assertFalse(changed.getJsonObject("reactions").containsKey("LIKE"), "the like became a celebration");
        assertEquals(2, both.getJsonObject("reactions").getInt("CELEBRATE"));
        assertEquals("CELEBRATE", both.getString("myReaction"));
        JsonObject withdrawn = AgoraClient.json(helena.delete("api/v1/posts/" + post + "/reaction"));
        assertEquals(1, withdrawn.getJsonObject("reactions").getInt("CELEBRATE"));
        assertTrue(!withdrawn.containsKey("myReaction") || withdrawn.isNull("myReaction"), withdrawn.toString());
        JsonObject seenBySam = AgoraClient.json(AgoraClient.as(base, "sam").get("api/v1/posts/" + post + "/activity"));
        assertEquals(1, seenBySam.getJsonObject("reactions").getInt("CELEBRATE"));
    }

    @Test
    void repliesGoOneLevelDeepAndMarkupIsSanitised() {
        long post = newPost("priya");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        AgoraClient alex = AgoraClient.as(base, "alex");

        HttpResponse<String> first = comment(tomas, post, "Count me in <script>alert('x')</script><b>gladly</b>", null);
        long firstId = AgoraClient.json(first).getInt("id");
        long replyId = AgoraClient.json(comment(alex, post, "Me too", firstId)).getInt("id");
        comment(tomas, post, "Answering the reply", replyId);

        assertEquals(201, first.statusCode(), first.body());
        List<JsonObject> thread = AgoraClient.jsonArray(tomas.get("api/v1/posts/" + post + "/comments")).stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(1, thread.size(), "one top-level comment");
        JsonObject top = thread.get(0);
        assertFalse(top.getString("bodyHtml").contains("<script"), top.getString("bodyHtml"));
        assertTrue(top.getString("bodyHtml").contains("<b>gladly</b>"), top.getString("bodyHtml"));
        assertEquals(List.of("Me too", "Answering the reply"), top.getJsonArray("replies").stream()
                .map(reply -> reply.asJsonObject().getString("bodyHtml")).toList(),
                "a reply to a reply joins the thread of its comment");
        assertEquals(3, AgoraClient.json(tomas.get("api/v1/posts/" + post + "/activity")).getInt("comments"));
    }

    @Test
    void nobodyAnswersAPostTheyCannotRead() {
        AgoraClient member = AgoraClient.as(base, "marcus");
        long secret = AgoraClient.json(member.get("api/v1/posts?size=100")).getJsonArray("posts").stream()
                .map(JsonValue::asJsonObject)
                .filter(post -> "Project Nightingale".equals(post.getString("groupName", null)))
                .findFirst().orElseThrow().getInt("id");
        AgoraClient outsider = AgoraClient.as(base, "sam");

        assertEquals(404, outsider.putJson("api/v1/posts/" + secret + "/reaction", "{\"kind\": \"like\"}").statusCode());
        assertEquals(404, comment(outsider, secret, "Let me in", null).statusCode());
        assertEquals(404, outsider.get("api/v1/posts/" + secret + "/comments").statusCode());
        HttpResponse<String> activity = outsider.get("api/v1/posts/" + secret + "/activity");
        assertEquals(404, activity.statusCode());
        assertFalse(activity.body().contains("Nightingale"));
        assertEquals(200, member.get("api/v1/posts/" + secret + "/comments").statusCode());
    }

    @Test
    void badAnswersAreClearProblemsAndNothingIsKept() {
        long post = newPost("sam");
        long other = newPost("sam");
        AgoraClient helena = AgoraClient.as(base, "helena");
        long elsewhere = AgoraClient.json(comment(helena, other, "On the other post", null)).getInt("id");

        HttpResponse<String> kind = helena.putJson("api/v1/posts/" + post + "/reaction", "{\"kind\": \"love\"}");
        HttpResponse<String> empty = comment(helena, post, "   ", null);
        HttpResponse<String> wrongThread = comment(helena, post, "Hello", elsewhere);

        assertEquals(400, kind.statusCode());
        assertEquals("\"love\" is not a reaction; use one of like, celebrate, insightful, support.",
                AgoraClient.json(kind).getString("detail"));
        assertEquals(400, empty.statusCode());
        assertEquals(400, wrongThread.statusCode());
        assertEquals("The comment you reply to is not on this post.", AgoraClient.json(wrongThread).getString("detail"));
        assertEquals("[]", helena.get("api/v1/posts/" + post + "/comments").body());
        assertEquals(401, AgoraClient.anonymous(base).get("api/v1/posts/" + post + "/comments").statusCode());
    }

    @Test
    void authorsHearOfCommentsRepliesAndReactionsButNobodyOfThemselves() {
        long post = newPost("sam");
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient helena = AgoraClient.as(base, "helena");
        AgoraClient alex = AgoraClient.as(base, "alex");
        AgoraClient marcus = AgoraClient.as(base, "marcus");

        long helenasComment = AgoraClient.json(comment(helena, post, "Nice one", null)).getInt("id");
        comment(alex, post, "Agreed with Helena", helenasComment);
        comment(sam, post, "Thanks both", null);
        react(marcus, post, "insightful");
        react(marcus, post, "support");

        assertEquals(List.of("Marcus Chen reacted to your post.", "Alex Morgan commented on your post.",
                "Helena Virtanen commented on your post."), noticesAbout(sam, post),
                "one notice per reaction, however often it changes; none of Sam's own comment");
        assertEquals(List.of("Alex Morgan replied to your comment."), noticesAbout(helena, post));
        assertEquals(List.of(), noticesAbout(alex, post));

        AgoraClient.json(marcus.delete("api/v1/posts/" + post + "/reaction"));
        assertEquals(List.of("Alex Morgan commented on your post.", "Helena Virtanen commented on your post."),
                noticesAbout(sam, post), "a reaction taken back takes its unread notice along");
    }

    /** The texts of the employee's notices that open {@code post}, newest first. */
    private static List<String> noticesAbout(AgoraClient client, long post) {
        return AgoraClient.json(client.get("api/v1/notifications")).getJsonArray("latest").stream()
                .map(JsonValue::asJsonObject)
                .filter(notice -> notice.containsKey("postId") && notice.getJsonNumber("postId").longValue() == post)
                .map(notice -> notice.getString("text"))
                .toList();
    }

    private long newPost(String author) {
        HttpResponse<String> published = AgoraClient.as(base, author)
                .publish("Conversation starter " + UUID.randomUUID().toString().substring(0, 8));
        assertEquals(201, published.statusCode(), published.body());
        return AgoraClient.json(published).getInt("id");
    }

    private static JsonObject react(AgoraClient client, long post, String kind) {
        HttpResponse<String> response = client.putJson("api/v1/posts/" + post + "/reaction",
                Json.createObjectBuilder().add("kind", kind).build().toString());
        assertEquals(200, response.statusCode(), response.body());
        return AgoraClient.json(response);
    }

    private static HttpResponse<String> comment(AgoraClient client, long post, String body, Long replyTo) {
        var json = Json.createObjectBuilder().add("body", body);
        if (replyTo != null) {
            json.add("replyTo", replyTo);
        }
        return client.postRaw("api/v1/posts/" + post + "/comments", "application/json", json.build().toString());
    }
}
