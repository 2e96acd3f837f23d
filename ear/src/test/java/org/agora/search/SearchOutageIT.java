package org.agora.search;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.agora.testing.Parallel;
import org.agora.testing.TestElasticsearch;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Elasticsearch going away never costs a write: posts wait in the outbox and become searchable when it is back. */
class SearchOutageIT extends DeployedAgora {

    private static final int POSTS = 1_000;

    @Test
    void aThousandPostsWrittenWhileElasticsearchIsDownAllBecomeSearchableWhenItReturns() {
        AgoraClient sam = AgoraClient.signedIn(base, "sam");
        String word = "outage" + UUID.randomUUID().toString().substring(0, 8);

        TestElasticsearch.stop();
        try {
            List<Integer> statuses = Parallel.run(POSTS, 8,
                    i -> sam.publish("Written during the " + word + " number " + i).statusCode());
            assertEquals(List.of(201), statuses.stream().distinct().toList(), "every write succeeds while search is down");
            assertEquals(503, sam.search(word).statusCode(), "search says it is unavailable");
            HttpResponse<String> suggestions = sam.get("api/v1/search/suggestions?q=nightingale");
            assertEquals(503, suggestions.statusCode(), "and so do the top bar's suggestions");
            assertTrue(AgoraClient.json(suggestions).getString("detail").startsWith("Search is unavailable"));
            HttpResponse<String> health = AgoraClient.anonymous(base).get("api/health");
            assertEquals(503, health.statusCode());
            JsonObject search = AgoraClient.json(health).getJsonObject("search");
            assertEquals("DOWN", search.getString("status"));
            assertTrue(search.getInt("pendingChanges") >= POSTS, "the posts wait in the outbox: " + search);
        } finally {
            TestElasticsearch.start();
        }

        Eventually.within(Duration.ofSeconds(90), "all " + POSTS + " posts are searchable again",
                () -> {
                    HttpResponse<String> found = sam.search(word);
                    return found.statusCode() == 200 && AgoraClient.json(found).getInt("total") == POSTS;
                });
        Eventually.within(Duration.ofSeconds(30), "the outbox is drained",
                () -> AgoraClient.json(AgoraClient.anonymous(base).get("api/health"))
                        .getJsonObject("search").getInt("pendingChanges") == 0);
        assertEquals(POSTS, AgoraClient.json(sam.search(word)).getInt("total"), "no post is found twice");
    }
}
