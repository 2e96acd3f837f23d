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

/**
 * Who finds what: public content for everyone; a private or secret group's posts and comments for its members only;
 * hidden content for nobody. Checked on every surface a search answers with: hits, their total, every facet, and
 * the "did you mean" respelling.
 */
class SearchPermissionMatrixIT extends DeployedAgora {

    private static final Duration INDEXED = Duration.ofSeconds(60);

    @Test
    void eachSurfaceOfASearchShowsOnlyWhatTheSearcherMayRead() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        AgoraClient priya = AgoraClient.as(base, "priya");
        String shared = uniqueWord();
        Map<String, String> only = Map.of("private", uniqueWord(), "secret", uniqueWord(), "comment", uniqueWord(), "hidden", uniqueWord());
        String privateGroupName = "Matrix private " + uniqueWord();
        String secretGroupName = "Matrix secret " + uniqueWord();
        long privateGroup = group(sam, privateGroupName, "PRIVATE");
        long secretGroup = group(sam, secretGroupName, "SECRET");
        for (long group : List.of(privateGroup, secretGroup)) {
            assertEquals(204, sam.postRaw("api/v1/groups/" + group + "/invitations", "application/json",
                    "{\"employeeId\": " + tomas.employeeId() + "}").statusCode());
            assertEquals(200, tomas.put("api/v1/groups/" + group + "/membership").statusCode());
        }

        long open = post(sam, "Everyone may read this " + shared, null);
        long inPrivate = post(sam, "Members only " + shared + " " + only.get("private"), privateGroup);
        post(sam, "Very few know " + shared + " " + only.get("secret"), secretGroup);
        comment(tomas, inPrivate, "A member answers " + shared + " " + only.get("comment"));
        long rude = comment(priya, open, "Something rude " + shared + " " + only.get("hidden"));
        Eventually.within(INDEXED, "everything is searchable for the members", () -> total(search(sam, shared)) == 5);
        assertEquals(204, sam.postRaw("api/v1/reports", "application/json",
                "{\"postId\": " + open + ", \"commentId\": " + rude + ", \"reason\": \"Rude\"}").statusCode());
        assertEquals(204, tomas.postRaw("api/v1/moderation/decisions", "application/json", "{\"postId\": " + open
                + ", \"commentId\": " + rude + ", \"decision\": \"HIDE\", \"reason\": \"Rule 1\"}").statusCode());
        Eventually.within(INDEXED, "the hidden comment leaves search", () -> total(search(sam, shared)) == 4);

        for (AgoraClient member : List.of(sam, tomas)) {
            JsonObject results = search(member, shared);
            assertEquals(4, total(results), "a member finds the open post, both groups' posts and the comment");
            assertEquals(Map.of(String.valueOf(privateGroup), 2L, String.valueOf(secretGroup), 1L), counts(results, "groups"));
            assertEquals(Map.of("POST", 3L, "COMMENT", 1L), counts(results, "types"));
        }

        JsonObject outsider = search(priya, shared);
        assertEquals(1, total(outsider), "an outsider finds the open post alone");
        assertEquals(open, outsider.getJsonArray("hits").getJsonObject(0).getJsonNumber("postId").longValue());
        assertEquals(Map.of(), counts(outsider, "groups"), "no group facet counts what she cannot read");
        assertEquals(Map.of("POST", 1L), counts(outsider, "types"));
        assertEquals(Map.of("Sam Taylor", 1L), counts(outsider, "authors"), "not even Tomás's comment as an author count");
        assertEquals(1L, counts(outsider, "departments").values().stream().mapToLong(Long::longValue).sum());
        assertEquals(1L, counts(outsider, "periods").get("WEEK"));
        String everythingShown = outsider.toString();
        only.values().forEach(word -> assertFalse(everythingShown.contains(word), word));
        assertFalse(everythingShown.contains(privateGroupName) || everythingShown.contains(secretGroupName));

        for (String kind : List.of("private", "secret", "comment")) {
            String word = only.get(kind);
            JsonObject direct = search(priya, word);
            assertEquals(0, total(direct), kind + " content is not found by an outsider");
            JsonObject misspelled = search(priya, misspelled(word));
            assertEquals(0, total(misspelled));
            assertNull(misspelled.get("didYouMean"), kind + " words are never offered as a respelling to an outsider");
            assertEquals(word, search(tomas, misspelled(word)).getString("didYouMean", null), "but are to a member");
        }
        for (AgoraClient anyone : List.of(sam, tomas, priya)) {
            assertEquals(0, total(search(anyone, only.get("hidden"))), "hidden content is found by nobody");
        }
    }

    private static long group(AgoraClient owner, String name, String visibility) {
        return id(owner.postRaw("api/v1/groups", "application/json", Json.createObjectBuilder()
                .add("name", name).add("visibility", visibility).build().toString()));
    }

    private static long post(AgoraClient author, String body, Long groupId) {
        var json = Json.createObjectBuilder().add("body", body);
        if (groupId != null) {
            json.add("groupId", groupId);
        }
        return id(author.postRaw("api/v1/posts", "application/json", json.build().toString()));
    }

    private static long comment(AgoraClient author, long postId, String body) {
        return id(author.postRaw("api/v1/posts/" + postId + "/comments", "application/json",
                Json.createObjectBuilder().add("body", body).build().toString()));
    }

    private static long id(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return AgoraClient.json(created).getJsonNumber("id").longValue();
    }

}
