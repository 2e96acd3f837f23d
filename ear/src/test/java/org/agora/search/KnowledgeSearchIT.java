package org.agora.search;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.junit.jupiter.api.Test;

import static org.agora.testing.SearchAnswers.counts;
import static org.agora.testing.SearchAnswers.hits;
import static org.agora.testing.SearchAnswers.misspelled;
import static org.agora.testing.SearchAnswers.search;
import static org.agora.testing.SearchAnswers.total;
import static org.agora.testing.SearchAnswers.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One search over posts, comments and accepted answers: answers rank above comments, types are a facet, a misspelled
 * query is respelled from readable content only, and a private group's post is found by a member the moment they
 * join.
 */
class KnowledgeSearchIT extends DeployedAgora {

    private static final Duration INDEXED = Duration.ofSeconds(60);

    @Test
    void acceptedAnswersRankAboveCommentsAndEveryKindIsAFacet() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        AgoraClient priya = AgoraClient.as(base, "priya");
        String word = uniqueWord();
        long question = id(sam.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                .add("body", "How often do we rotate the " + word + " keys?").add("kind", "QUESTION").build().toString()));
        long comment = id(tomas.postRaw("api/v1/posts/" + question + "/comments", "application/json",
                "{\"body\": \"Whenever the " + word + " keys leak, at the latest\"}"));
        long answer = id(priya.postRaw("api/v1/posts/" + question + "/comments", "application/json",
                "{\"body\": \"We rotate the " + word + " keys every month\"}"));
        assertEquals(200, sam.putJson("api/v1/posts/" + question + "/accepted-answer",
                "{\"commentId\": " + answer + "}").statusCode());

        Eventually.within(INDEXED, "the question, the comment and the accepted answer are searchable",
                () -> counts(search(priya, word, ""), "types").equals(Map.of("QUESTION", 1L, "COMMENT", 1L, "ANSWER", 1L)));
        List<JsonObject> hits = hits(search(priya, word, ""));
        assertEquals("ANSWER", hits.get(0).getString("type"), "the accepted answer comes first: " + hits);
        assertEquals(answer, hits.get(0).getJsonNumber("commentId").longValue());
        assertEquals(question, hits.get(0).getJsonNumber("postId").longValue(), "and leads to its question");
        assertTrue(hits.indexOf(hit(hits, "ANSWER")) < hits.indexOf(hit(hits, "COMMENT")));

        List<JsonObject> comments = hits(search(priya, word, "&type=comment"));
        assertEquals(1, comments.size(), "narrowed to comments");
        assertEquals(comment, comments.get(0).getJsonNumber("commentId").longValue());

        assertEquals(200, sam.delete("api/v1/posts/" + question + "/accepted-answer").statusCode());
        Eventually.within(INDEXED, "withdrawing the acceptance makes the answer a comment again",
                () -> counts(search(priya, word, ""), "types").equals(Map.of("QUESTION", 1L, "COMMENT", 2L)));

        assertEquals(204, sam.delete("api/v1/posts/" + question).statusCode());
        Eventually.within(INDEXED, "deleting the question takes its comments out of search too",
                () -> total(search(priya, word, "")) == 0);

        HttpResponse<String> badType = priya.get("api/v1/search?q=" + word + "&type=memo");
        assertEquals(400, badType.statusCode());
        assertEquals("Unknown type \"memo\": use POST, QUESTION, ANSWER, COMMENT, VIDEO, LIVE_QA, RECOGNITION.",
                AgoraClient.json(badType).getString("detail"));
    }

    @Test
    void hashtagsAreAFacetAndAFilter() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        String word = uniqueWord();
        String tag = uniqueWord();
        assertEquals(201, sam.publish("Kick-off notes for " + word + " #" + tag).statusCode());
        assertEquals(201, sam.publish("Budget for " + word).statusCode());
        Eventually.within(INDEXED, "both posts are searchable", () -> total(search(sam, word, "")) == 2);

        assertEquals(Map.of(tag, 1L), counts(search(sam, word, ""), "tags"));
        assertEquals(1, total(search(sam, word, "&tag=%23" + tag)), "a tag given with its # narrows too");
    }

    @Test
    void didYouMeanRespellsFromReadableContentOnly() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient priya = AgoraClient.as(base, "priya");
        String open = uniqueWord();
        String secret = uniqueWord();
        long group = privateGroup(sam, "Spelling lab " + uniqueWord());
        assertEquals(201, sam.publish("The " + open + " rollout starts Monday").statusCode());
        assertEquals(201, sam.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                .add("body", "Do not mention " + secret + " outside this group").add("groupId", group).build().toString())
                .statusCode());
        Eventually.within(INDEXED, "both posts are searchable",
                () -> total(search(sam, open, "")) == 1 && total(search(sam, secret, "")) == 1);

        String misspelledOpen = misspelled(open);
        assertEquals(open, search(priya, misspelledOpen, "").getString("didYouMean", null),
                "a respelling found in readable content is offered");
        assertNull(search(priya, open, "").get("didYouMean"), "a word spelled right is left alone");

        String misspelledSecret = misspelled(secret);
        JsonObject outsider = search(priya, misspelledSecret, "");
        assertEquals(0, total(outsider));
        assertNull(outsider.get("didYouMean"), "a word only a private group uses is never suggested to an outsider");
        assertFalse(outsider.toString().contains(secret));
        assertEquals(secret, search(sam, misspelledSecret, "").getString("didYouMean", null), "but is to a member");
    }

    @Test
    void aPrivateGroupsPostIsFoundByAMemberTheMomentTheyJoin() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient priya = AgoraClient.as(base, "priya");
        String word = uniqueWord();
        long group = privateGroup(sam, "Roadmap " + word);
        assertEquals(201, sam.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                .add("body", "Draft roadmap for " + word).add("groupId", group).build().toString()).statusCode());
        Eventually.within(INDEXED, "the member finds the post", () -> total(search(sam, word, "")) == 1);
        assertEquals(0, total(search(priya, word, "")), "an outsider does not");

        assertEquals(204, sam.postRaw("api/v1/groups/" + group + "/invitations", "application/json",
                "{\"employeeId\": " + priya.employeeId() + "}").statusCode());
        assertEquals(200, priya.put("api/v1/groups/" + group + "/membership").statusCode());
        assertEquals(1, total(search(priya, word, "")), "joining shows it at once, without reindexing");

        assertEquals(204, priya.delete("api/v1/groups/" + group + "/membership").statusCode());
        assertEquals(0, total(search(priya, word, "")), "and leaving hides it again");
    }

    @Test
    void renamingAGroupRenamesItInSearch() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        String word = uniqueWord();
        long group = id(sam.postRaw("api/v1/groups", "application/json", Json.createObjectBuilder()
                .add("name", "Old name " + word).add("visibility", "PUBLIC").build().toString()));
        assertEquals(201, sam.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                .add("body", "First notes on " + word).add("groupId", group).build().toString()).statusCode());
        Eventually.within(INDEXED, "the post is searchable", () -> total(search(sam, word, "")) == 1);

        assertEquals(200, sam.putJson("api/v1/groups/" + group, Json.createObjectBuilder()
                .add("name", "New name " + word).add("description", "Renamed").build().toString()).statusCode());
        Eventually.within(INDEXED, "the hit and the facet carry the new name", () -> {
            JsonObject results = search(sam, word, "");
            return hits(results).get(0).getString("groupName").equals("New name " + word)
                    && results.getJsonObject("facets").getJsonArray("groups").getJsonObject(0).getString("label")
                    .equals("New name " + word);
        });
    }

    private long privateGroup(AgoraClient owner, String name) {
        return id(owner.postRaw("api/v1/groups", "application/json", Json.createObjectBuilder()
                .add("name", name).add("visibility", "PRIVATE").build().toString()));
    }

    private static long id(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return AgoraClient.json(created).getJsonNumber("id").longValue();
    }

    private static JsonObject hit(List<JsonObject> hits, String type) {
        return hits.stream().filter(hit -> hit.getString("type").equals(type)).findFirst().orElseThrow();
    }

}
