package org.agora.moderation;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anyone reports; moderators (tomas in the demo company) hide with a reason or dismiss; hidden content leaves
 * feeds and search but stays for its author, who is told why; every decision is logged; nobody else moderates.
 */
class ModerationIT extends DeployedAgora {

    @Test
    void aReportedPostHiddenByAModeratorLeavesFeedsAndSearchAndItsAuthorIsToldWhy() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient priya = AgoraClient.as(base, "priya");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        String word = "insult" + suffix();
        long post = AgoraClient.json(sam.publish("The facilities team are idiots " + word)).getJsonNumber("id").longValue();
        Eventually.within(Duration.ofSeconds(15), "the post is searchable",
                () -> AgoraClient.json(priya.search(word)).getInt("total") == 1);

        assertEquals(204, report(priya, post, null, "A personal attack on a team").statusCode());
        assertEquals("You have already reported this. A moderator will look at it.",
                AgoraClient.json(report(priya, post, null, "Again")).getString("detail"));
        assertEquals("This is yours: edit or delete it instead of reporting it.",
                AgoraClient.json(report(sam, post, null, "Oops")).getString("detail"));

        assertEquals(403, priya.get("api/v1/moderation/cases").statusCode(), "only moderators see the queue");
        JsonObject waiting = caseOf(AgoraClient.jsonArray(tomas.get("api/v1/moderation/cases")), post);
        assertEquals("A personal attack on a team", waiting.getJsonArray("reasons").getString(0));

        assertEquals(403, priya.postRaw("api/v1/moderation/decisions", "application/json",
                "{\"postId\": " + post + ", \"decision\": \"HIDE\", \"reason\": \"x\"}").statusCode());
        assertEquals(400, tomas.postRaw("api/v1/moderation/decisions", "application/json",
                "{\"postId\": " + post + ", \"decision\": \"HIDE\"}").statusCode(), "hiding needs a reason");
        assertEquals(204, tomas.postRaw("api/v1/moderation/decisions", "application/json",
                "{\"postId\": " + post + ", \"decision\": \"HIDE\", \"reason\": \"Personal attacks break rule 1\"}").statusCode());

        assertEquals(404, priya.get("api/v1/posts/" + post).statusCode(), "hidden from everyone else");
        assertFalse(priya.get("api/v1/posts?scope=all&size=100").body().contains(word), "and from feeds");
        JsonObject own = AgoraClient.json(sam.get("api/v1/posts/" + post));
        assertEquals("Personal attacks break rule 1", own.getString("hiddenReason"), "its author still sees it, and why");
        JsonObject notice = AgoraClient.json(sam.get("api/v1/notifications")).getJsonArray("latest").getJsonObject(0);
        assertEquals("CONTENT_HIDDEN", notice.getString("kind"));
        assertTrue(notice.getString("text").endsWith("Personal attacks break rule 1"));
        assertFalse(notice.getString("text").contains("Tomás"), "moderators are not named to the author");
        Eventually.within(Duration.ofSeconds(15), "search forgets it",
                () -> AgoraClient.json(priya.search(word)).getInt("total") == 0);
        assertEquals(400, sam.putJson("api/v1/posts/" + post, "{\"body\": \"Edited to sneak back\"}").statusCode());

        JsonObject logged = AgoraClient.jsonArray(tomas.get("api/v1/moderation/log")).getJsonObject(0);
        assertEquals("Tomás Álvarez", logged.getString("moderatorName"));
        assertEquals("HIDE", logged.getString("decision"));
        assertFalse(tomas.get("api/v1/moderation/cases").body().contains("\"postId\":" + post + ","), "the case is closed");
    }

    @Test
    void criticismThatIsReportedIsDismissedAndStays() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient priya = AgoraClient.as(base, "priya");
        AgoraClient alex = AgoraClient.as(base, "alex");
        long post = AgoraClient.json(sam.publish("I think the new expense tool is a step backwards. " + suffix()))
                .getJsonNumber("id").longValue();
        long comment = AgoraClient.json(priya.postRaw("api/v1/posts/" + post + "/comments", "application/json",
                "{\"body\": \"Agreed, it takes twice as long.\"}")).getJsonNumber("id").longValue();
        report(AgoraClient.as(base, "marcus"), post, comment, "Negative about a company tool");

        assertEquals(204, alex.postRaw("api/v1/moderation/decisions", "application/json",
                "{\"postId\": " + post + ", \"commentId\": " + comment + ", \"decision\": \"dismiss\"}").statusCode(),
                "administrators moderate too");

        JsonArray comments = AgoraClient.jsonArray(sam.get("api/v1/posts/" + post + "/comments"));
        assertEquals(1, comments.size(), "criticism is answered, not deleted");
        assertEquals("DISMISS", AgoraClient.jsonArray(alex.get("api/v1/moderation/log")).getJsonObject(0).getString("decision"));
    }

    private static HttpResponse<String> report(AgoraClient reporter, long postId, Long commentId, String reason) {
        return reporter.postRaw("api/v1/reports", "application/json", "{\"postId\": " + postId
                + (commentId == null ? "" : ", \"commentId\": " + commentId) + ", \"reason\": \"" + reason + "\"}");
    }

    private static JsonObject caseOf(JsonArray cases, long postId) {
        return cases.stream().map(JsonObject.class::cast)
                .filter(waiting -> waiting.getJsonNumber("postId").longValue() == postId)
                .findFirst().orElseThrow(() -> new AssertionError("post " + postId + " is not in the queue: " + cases));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
