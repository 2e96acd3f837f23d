package org.agora.search;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.junit.jupiter.api.Test;

import static org.agora.testing.SearchAnswers.counts;
import static org.agora.testing.SearchAnswers.search;
import static org.agora.testing.SearchAnswers.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Facets narrow a search by group, department, author and time, and count only what the searcher may read: a
 * private group's posts are counted for its members, and for nobody else, neither as hits nor as a facet.
 */
class SearchFacetsIT extends DeployedAgora {

    @Test
    void facetsCountAndNarrowOnlyWhatTheSearcherMayRead() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        AgoraClient priya = AgoraClient.as(base, "priya");
        String word = "facet" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "q");
        String groupName = "Facet Lab " + word;
        JsonObject group = AgoraClient.json(sam.postRaw("api/v1/groups", "application/json", Json.createObjectBuilder()
                .add("name", groupName).add("visibility", "PRIVATE").build().toString()));
        String groupId = String.valueOf(group.getJsonNumber("id").longValue());
        for (String body : new String[]{"Design notes on " + word, "Open questions about " + word}) {
            assertEquals(201, sam.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                    .add("body", body).add("groupId", group.getJsonNumber("id").longValue()).build().toString()).statusCode());
        }
        assertEquals(201, sam.publish("On my profile: " + word + " is coming along").statusCode());
        assertEquals(201, tomas.publish("Marketing's view of " + word).statusCode());
        Eventually.within(Duration.ofSeconds(20), "all four posts are searchable",
                () -> total(search(sam, word, "")) == 4);

        JsonObject forSam = search(sam, word, "");
        assertEquals(Map.of(groupId, 2L), counts(forSam, "groups"), "the member counts the group's posts");
        assertEquals(groupName, facet(forSam, "groups").get(0).asJsonObject().getString("label"));
        assertEquals(Map.of("Sam Taylor", 3L, "Tomás Álvarez", 1L), counts(forSam, "authors"));
        assertEquals(4L, counts(forSam, "departments").values().stream().mapToLong(Long::longValue).sum());
        assertEquals(4L, counts(forSam, "periods").get("WEEK"));
        assertEquals(2, total(search(sam, word, "&group=" + groupId)), "narrowed to the group");
        assertEquals(1, total(search(sam, word, "&author=" + encode("Tomás Álvarez"))));
        assertEquals(2, total(search(sam, word, "&author=" + encode("Sam Taylor") + "&group=" + groupId)), "filters combine");
        assertEquals(0, total(search(sam, word, "&author=" + encode("Tomás Álvarez") + "&group=" + groupId)));
        String samsDepartment = facet(search(sam, word, "&author=" + encode("Sam Taylor")), "departments").get(0)
                .asJsonObject().getString("value");
        assertEquals(3, total(search(sam, word, "&department=" + encode(samsDepartment))));

        JsonObject forPriya = search(priya, word, "");
        assertEquals(2, total(forPriya), "an outsider finds only the open posts");
        assertTrue(counts(forPriya, "groups").isEmpty(), "and no facet of the private group");
        assertFalse(forPriya.toString().contains(groupName), "not even its name");
        assertEquals(Map.of("Sam Taylor", 1L, "Tomás Álvarez", 1L), counts(forPriya, "authors"));
        assertEquals(0, total(search(priya, word, "&group=" + groupId)), "narrowing to it shows nothing either");

        HttpResponse<String> badPeriod = sam.get("api/v1/search?q=" + word + "&period=decade");
        assertEquals(400, badPeriod.statusCode());
        assertEquals("Unknown period \"decade\": use WEEK, MONTH or YEAR.", AgoraClient.json(badPeriod).getString("detail"));
    }

    private static jakarta.json.JsonArray facet(JsonObject results, String name) {
        return results.getJsonObject("facets").getJsonArray(name);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
