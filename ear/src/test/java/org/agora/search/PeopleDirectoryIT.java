package org.agora.search;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The people directory: everyone by name a page at a time, refined by tag, place and department. */
class PeopleDirectoryIT extends DeployedAgora {

    @Test
    void withoutWordsEveryoneIsListedByNameAPageAtATime() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        Eventually.within(Duration.ofSeconds(30), "the demo company is indexed",
                () -> total(sam.get("api/v1/people")) >= 250);

        JsonObject first = AgoraClient.json(sam.get("api/v1/people?size=50"));
        JsonObject second = AgoraClient.json(sam.get("api/v1/people?size=50&page=1"));

        List<String> names = new ArrayList<>(names(first));
        names.addAll(names(second));
        List<Integer> ids = new ArrayList<>(ids(first));
        ids.addAll(ids(second));
        assertEquals(100, ids.size());
        assertEquals(100, ids.stream().distinct().count(), "no one appears on two pages");
        List<String> sorted = names.stream()
                .sorted((a, b) -> fold(a).compareTo(fold(b))).toList();
        assertEquals(sorted, names, "alphabetical, accents folded");
        assertTrue(first.getInt("total") >= 250);
    }

    @Test
    void aTagAPlaceAndADepartmentNarrowTheListAndTheCountsOfferTheAlternatives() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        Eventually.within(Duration.ofSeconds(30), "the demo company is indexed",
                () -> total(sam.get("api/v1/people?tag=kubernetes&location=Singapore")) >= 3);

        JsonObject narrowed = AgoraClient.json(sam.get("api/v1/people?tag=Kubernetes&location=Singapore&department=Engineering"));

        List<JsonObject> hits = hits(narrowed);
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(hit -> hit.getString("location").contains("Singapore")
                && hit.getString("department").equals("Engineering")
                && hit.getJsonArray("expertise").getValuesAs(JsonString.class).stream()
                .anyMatch(tag -> tag.getString().equals("kubernetes"))), hits.toString());
        List<String> departments = narrowed.getJsonArray("departments").stream()
                .map(facet -> facet.asJsonObject().getString("value")).toList();
        assertTrue(departments.contains("Engineering"), departments.toString());
        assertTrue(narrowed.getJsonArray("countries").size() > 1,
                "the place chosen does not hide the other places: " + narrowed.getJsonArray("countries"));
    }

    @Test
    void whatSomeoneWroteInTheOpenRanksThemAndSaysWhy() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        String topic = "zephyrine" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, sam.publish("Wrote up how we tune " + topic + " caches for the warehouse.").statusCode());

        Eventually.within(Duration.ofSeconds(30), "Sam is found for " + topic,
                () -> names(AgoraClient.json(sam.get("api/v1/people?q=" + topic))).contains("Sam Taylor"));
        JsonObject hit = hits(AgoraClient.json(AgoraClient.as(base, "helena").get("api/v1/people?q=" + topic))).get(0);

        assertEquals("Sam Taylor", hit.getString("fullName"));
        assertTrue(hit.getJsonArray("reasons").getString(0).startsWith("Wrote “")
                && hit.getJsonArray("reasons").getString(0).contains(topic), hit.toString());
    }

    @Test
    void whatSomeoneWroteInASecretGroupNeverMakesThemAnExpert() {
        AgoraClient marcus = AgoraClient.as(base, "marcus");
        Eventually.within(Duration.ofSeconds(30), "the secret group's posts are indexed",
                () -> marcus.search("nightingale").body().contains("Project Nightingale"));
        Eventually.within(Duration.ofSeconds(30), "the demo company is indexed",
                () -> total(marcus.get("api/v1/people")) >= 250);

        for (String viewer : List.of("sam", "marcus")) {
            JsonObject found = AgoraClient.json(AgoraClient.as(base, viewer).get("api/v1/people?q=nightingale"));
            assertTrue(hits(found).stream().noneMatch(hit -> hit.getJsonArray("reasons").toString()
                    .toLowerCase(Locale.ROOT).contains("nightingale")), found.toString());
        }
    }

    @Test
    void aBadOrderOrPageSizeIsAClearProblem() {
        AgoraClient sam = AgoraClient.as(base, "sam");

        HttpResponse<String> order = sam.get("api/v1/people?sort=age");
        HttpResponse<String> size = sam.get("api/v1/people?size=500");

        assertEquals(400, order.statusCode());
        assertEquals("sort is either name or relevance, not \"age\".", AgoraClient.json(order).getString("detail"));
        assertEquals(400, size.statusCode());
        assertTrue(AgoraClient.json(size).getString("detail").contains("size between 1 and 100"));
        assertEquals(401, AgoraClient.anonymous(base).get("api/v1/people").statusCode());
    }

    private static long total(HttpResponse<String> response) {
        return response.statusCode() == 200 ? AgoraClient.json(response).getJsonNumber("total").longValue() : 0;
    }

    private static List<JsonObject> hits(JsonObject results) {
        return results.getJsonArray("hits").stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<String> names(JsonObject results) {
        return hits(results).stream().map(hit -> hit.getString("fullName")).toList();
    }

    private static List<Integer> ids(JsonObject results) {
        return hits(results).stream().map(hit -> hit.getInt("id")).toList();
    }

    private static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
