package org.agora.testing;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Asks {@code GET /api/v1/search} and reads its answer: hits, total and facet counts. */
public final class SearchAnswers {

    private SearchAnswers() {
    }

    /** The answer to {@code query}, narrowed by {@code filters} (as in an address: {@code "&type=COMMENT"}). */
    public static JsonObject search(AgoraClient client, String query, String filters) {
        HttpResponse<String> response = client.get("api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + filters);
        assertEquals(200, response.statusCode(), response.body());
        return AgoraClient.json(response);
    }

    public static JsonObject search(AgoraClient client, String query) {
        return search(client, query, "");
    }

    public static List<JsonObject> hits(JsonObject results) {
        return results.getJsonArray("hits").stream().map(JsonValue::asJsonObject).toList();
    }

    public static long total(JsonObject results) {
        return results.getJsonNumber("total").longValue();
    }

    /** A facet's counts by value. */
    public static Map<String, Long> counts(JsonObject results, String facet) {
        return results.getJsonObject("facets").getJsonArray(facet).stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(value -> value.getString("value"), value -> value.getJsonNumber("count").longValue()));
    }

    /** A word nothing else contains: letters only, so the standard analyzer keeps it one token. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    /**
     * Two different neighbouring letters swapped, as a hurried typist does, from the fourth letter on so the prefix
     * the spelling suggester keeps stays intact. Swapping a double letter would leave the word as it was.
     */
    public static String misspelled(String word) {
        for (int i = 3; i + 1 < word.length(); i++) {
            if (word.charAt(i) != word.charAt(i + 1)) {
                return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
            }
        }
        throw new IllegalArgumentException("No two different neighbouring letters to swap in " + word);
    }
}
