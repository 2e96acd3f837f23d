package org.agora.search;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.agora.testing.TestElasticsearch;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Elasticsearch going away never costs a write: posts wait in the outbox and become searchable when it is back. */
class SearchOutageIT extends DeployedAgora {

    @Test
    void postsWrittenWhileElasticsearchIsDownBecomeSearchableWhenItReturns() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        String word = "outage" + UUID.randomUUID().toString().substring(0, 8);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            bodies.add("Written during the " + word + " number " + i);
        }

        TestElasticsearch.stop();
        try {
            for (String body : bodies) {
                HttpResponse<String> created = sam.publish(body);
                assertEquals(201, created.statusCode(), "writes succeed while search is down: " + created.body());
            }
            assertEquals(503, sam.search(word).statusCode(), "search says it is unavailable");
            HttpResponse<String> suggestions = sam.get("api/v1/search/suggestions?q=nightingale");
            assertEquals(503, suggestions.statusCode(), "and so do the top bar's suggestions");
            assertTrue(AgoraClient.json(suggestions).getString("detail").startsWith("Search is unavailable"));
            HttpResponse<String> health = AgoraClient.anonymous(base).get("api/health");
            assertEquals(503, health.statusCode());
            JsonObject search = AgoraClient.json(health).getJsonObject("search");
            assertEquals("DOWN", search.getString("status"));
            assertTrue(search.getInt("pendingChanges") >= bodies.size(), "the posts wait in the outbox: " + search);
        } finally {
            TestElasticsearch.start();
        }

        Eventually.within(Duration.ofSeconds(60), "all five posts are searchable again",
                () -> {
                    HttpResponse<String> found = sam.search(word);
                    return found.statusCode() == 200 && AgoraClient.json(found).getInt("total") == bodies.size();
                });
        Eventually.within(Duration.ofSeconds(30), "the outbox is drained",
                () -> AgoraClient.json(AgoraClient.anonymous(base).get("api/health"))
                        .getJsonObject("search").getInt("pendingChanges") == 0);
    }
}
