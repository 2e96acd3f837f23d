package org.agora.search;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.agora.testing.Parallel;
import org.agora.testing.TestElasticsearch;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Administrators rebuild a search index while colleagues keep writing: nothing is lost and nothing stale wins. */
class SearchReindexIT extends DeployedAgora {

    private static final String REINDEX = "api/v1/admin/search/reindex";
    /** Enough documents that the rebuild takes a while, so that writes land while it runs. */
    private static final int SEEDED = 1_500;

    @Test
    void aRebuildUnderConcurrentWritesHoldsExactlyThePostsThatExistAsTheyNowRead() throws Exception {
        AgoraClient sam = AgoraClient.signedIn(base, "sam");
        AgoraClient alex = AgoraClient.signedIn(base, "alex");
        String word = "rebuild" + UUID.randomUUID().toString().substring(0, 8);
        // post id -> the text it has now; deleted posts leave the map
        Map<Long, String> posts = new ConcurrentHashMap<>();
        Parallel.run(SEEDED, 8, i -> posts.put(publish(sam, word + " seed" + i), word + " seed" + i));
        List<Long> seeded = new ArrayList<>(posts.keySet());
        String replaced = liveIndex();

        JsonObject started = startRebuild(alex);
        HttpResponse<String> again = alex.postRaw(REINDEX + "?index=content", "application/json", "");
        assertEquals(409, again.statusCode(), "one rebuild at a time: " + again.body());
        assertTrue(AgoraClient.json(again).getString("detail").contains("already running"), again.body());

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicInteger writesWhileRebuilding = new AtomicInteger();
        Set<Long> deleted = ConcurrentHashMap.newKeySet();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> writing = new ArrayList<>();
        AtomicInteger created = new AtomicInteger();
        for (int t = 0; t < 3; t++) {
            writing.add(writers.submit(() -> {
                while (rebuilding.get()) {
                    String text = word + " live" + created.incrementAndGet();
                    posts.put(publish(sam, text), text);
                    if (rebuilding.get()) {
                        writesWhileRebuilding.incrementAndGet();
                    }
                }
            }));
        }
        writing.add(writers.submit(() -> {
            for (int k = 0; rebuilding.get() && k < seeded.size(); k++) {
                long id = seeded.get(k);
                if (k % 3 == 0) {
                    assertEquals(204, sam.delete("api/v1/posts/" + id).statusCode());
                    posts.remove(id);
                    deleted.add(id);
                } else {
                    String text = word + " edit" + k;
                    String json = Json.createObjectBuilder().add("body", text).build().toString();
                    assertEquals(200, sam.putJson("api/v1/posts/" + id, json).statusCode());
                    posts.put(id, text);
                }
                if (rebuilding.get()) {
                    writesWhileRebuilding.incrementAndGet();
                }
            }
        }));

        JsonObject done = awaitRebuild(alex, started);
        rebuilding.set(false);
        writers.shutdown();
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS), "the writers stop");
        for (Future<?> writer : writing) {
            writer.get();
        }

        assertTrue(writesWhileRebuilding.get() > 0, "posts were written, edited and deleted during the rebuild");
        assertFalse(deleted.isEmpty(), "some posts were deleted during the rebuild");
        assertEquals(done.getInt("documentsTotal"), done.getInt("documentsDone"), done.toString());
        assertTrue(done.getInt("documentsTotal") >= SEEDED, done.toString());

        String rebuilt = liveIndex();
        assertNotEquals(replaced, rebuilt, "the alias moved to the rebuilt index");
        assertTrue(rebuilt.startsWith(TestElasticsearch.alias("content") + "-v"), rebuilt);
        assertEquals(404, TestElasticsearch.get(replaced).statusCode(), "the replaced index is dropped");

        assertIndexHoldsExactly(word, posts);
        Eventually.within(Duration.ofSeconds(30), "search counts exactly the posts that exist",
                () -> AgoraClient.json(sam.search(word)).getInt("total") == posts.size());
    }

    @Test
    void anOlderWriteArrivingLateNeverOverwritesANewerOne() {
        AgoraClient sam = AgoraClient.signedIn(base, "sam");
        AgoraClient alex = AgoraClient.signedIn(base, "alex");
        String word = "stale" + UUID.randomUUID().toString().substring(0, 8);
        long id = publish(sam, word + " " + word + "first");
        JsonObject first = awaitIndexed(id, word + "first");

        String edited = Json.createObjectBuilder().add("body", word + " " + word + "second").build().toString();
        assertEquals(200, sam.putJson("api/v1/posts/" + id, edited).statusCode());
        JsonObject second = awaitIndexed(id, word + "second");
        assertTrue(version(second) > version(first), "the drainer gives a later read a higher version");

        assertEquals(409, replay(id, first), "the first text, sent again with its version, is refused");
        assertSearchShowsOnly(sam, word + "second", word + "first");

        awaitRebuild(alex, startRebuild(alex));
        JsonObject rebuilt = awaitIndexed(id, word + "second");
        assertTrue(version(rebuilt) > version(second), "the rebuild read the post later, so its version is higher");
        assertEquals(409, replay(id, first), "a late write from before the rebuild is refused by the rebuilt index");
        assertEquals(409, replay(id, second), "so is one of the text the rebuild read, with its older version");
        assertSearchShowsOnly(sam, word + "second", word + "first");
    }

    @Test
    void onlyAdministratorsRebuildTheSearchIndex() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        HttpResponse<String> refused = sam.postRaw(REINDEX + "?index=content", "application/json", "");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(403, AgoraClient.json(refused).getInt("status"));
        assertEquals(403, sam.get(REINDEX).statusCode(), "nor see how a rebuild goes");
        assertEquals(403, sam.postRaw(REINDEX + "?index=nonsense", "application/json", "").statusCode(),
                "nor learn which indices exist");

        AgoraClient alex = AgoraClient.as(base, "alex");
        HttpResponse<String> unknown = alex.postRaw(REINDEX + "?index=nonsense", "application/json", "");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(AgoraClient.json(unknown).getString("detail").contains("content"), unknown.body());
        Set<String> listed = AgoraClient.jsonArray(alex.get(REINDEX)).stream()
                .map(progress -> progress.asJsonObject().getString("index")).collect(Collectors.toSet());
        assertTrue(listed.containsAll(Set.of("content", "people")), listed.toString());
    }

    private static long publish(AgoraClient client, String text) {
        HttpResponse<String> created = client.publish(text);
        assertEquals(201, created.statusCode(), created.body());
        return AgoraClient.json(created).getJsonNumber("id").longValue();
    }

    /** Waits until no rebuild of the content index runs (the filling of a new index at start-up), then starts one. */
    private static JsonObject startRebuild(AgoraClient admin) {
        Eventually.within(Duration.ofSeconds(60), "no rebuild of the content index is running",
                () -> !"RUNNING".equals(contentProgress(admin).getString("state")));
        HttpResponse<String> started = admin.postRaw(REINDEX + "?index=content", "application/json", "");
        assertEquals(202, started.statusCode(), started.body());
        JsonObject progress = AgoraClient.json(started);
        assertEquals("RUNNING", progress.getString("state"));
        assertEquals("content", progress.getString("index"));
        return progress;
    }

    private static JsonObject awaitRebuild(AgoraClient admin, JsonObject started) {
        JsonObject[] last = new JsonObject[1];
        Eventually.within(Duration.ofSeconds(120), "the rebuild is done", () -> {
            last[0] = contentProgress(admin);
            if (!started.getString("startedAt").equals(last[0].getString("startedAt"))) {
                fail("Another rebuild replaced ours: " + last[0]);
            }
            if ("FAILED".equals(last[0].getString("state"))) {
                fail("The rebuild failed: " + last[0]);
            }
            return "DONE".equals(last[0].getString("state"));
        });
        return last[0];
    }

    private static JsonObject contentProgress(AgoraClient admin) {
        HttpResponse<String> response = admin.get(REINDEX);
        assertEquals(200, response.statusCode(), response.body());
        return AgoraClient.jsonArray(response).stream().map(JsonValue::asJsonObject)
                .filter(progress -> "content".equals(progress.getString("index"))).findFirst().orElseThrow();
    }

    /** The one index behind the content alias. */
    private static String liveIndex() {
        HttpResponse<String> aliases = TestElasticsearch.get("_alias/" + TestElasticsearch.alias("content"));
        assertEquals(200, aliases.statusCode(), aliases.body());
        Set<String> indices = TestElasticsearch.json(aliases).keySet();
        assertEquals(1, indices.size(), indices.toString());
        return indices.iterator().next();
    }

    /** The post's document as Elasticsearch holds it, once its text contains {@code word}: version and source. */
    private static JsonObject awaitIndexed(long postId, String word) {
        JsonObject[] document = new JsonObject[1];
        Eventually.within(Duration.ofSeconds(30), "post " + postId + " is indexed with " + word, () -> {
            HttpResponse<String> response = TestElasticsearch.get(TestElasticsearch.alias("content") + "/_doc/post-" + postId);
            document[0] = response.statusCode() == 200 ? TestElasticsearch.json(response) : null;
            return document[0] != null && document[0].getJsonObject("_source").getString("body").contains(word);
        });
        return document[0];
    }

    private static long version(JsonObject document) {
        return document.getJsonNumber("_version").longValue();
    }

    /** Sends an earlier write again, as a bulk retry or a delayed request would: same document, same version. */
    private static int replay(long postId, JsonObject document) {
        String action = Json.createObjectBuilder().add("index", Json.createObjectBuilder()
                .add("_index", TestElasticsearch.alias("content")).add("_id", "post-" + postId)
                .add("version", version(document)).add("version_type", "external")).build().toString();
        HttpResponse<String> response = TestElasticsearch.post("_bulk?require_alias=true", "application/x-ndjson",
                action + "\n" + document.getJsonObject("_source") + "\n");
        assertEquals(200, response.statusCode(), response.body());
        return TestElasticsearch.json(response).getJsonArray("items").getJsonObject(0).getJsonObject("index")
                .getInt("status");
    }

    private static void assertSearchShowsOnly(AgoraClient reader, String current, String stale) {
        TestElasticsearch.post(TestElasticsearch.alias("content") + "/_refresh", "application/json", "");
        assertEquals(1, AgoraClient.json(reader.search(current)).getInt("total"), "the newer text is found");
        assertEquals(0, AgoraClient.json(reader.search(stale)).getInt("total"), "the older text is not");
    }

    /** Polls Elasticsearch until the posts carrying {@code word} are exactly {@code expected}, then says what differs. */
    private static void assertIndexHoldsExactly(String word, Map<Long, String> expected) throws InterruptedException {
        Map<Long, String> indexed = Map.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            indexed = indexedPosts(word);
            if (indexed.equals(expected)) {
                return;
            }
            Thread.sleep(500);
        }
        Set<Long> missing = new java.util.TreeSet<>(expected.keySet());
        missing.removeAll(indexed.keySet());
        Set<Long> extra = new java.util.TreeSet<>(indexed.keySet());
        extra.removeAll(expected.keySet());
        Map<Long, String> stale = new HashMap<>();
        for (Map.Entry<Long, String> post : expected.entrySet()) {
            String text = indexed.get(post.getKey());
            if (text != null && !text.equals(post.getValue())) {
                stale.put(post.getKey(), text + " instead of " + post.getValue());
            }
        }
        fail("The index differs from the posts: missing " + missing + ", deleted but found " + extra
                + ", stale " + stale);
    }

    private static Map<Long, String> indexedPosts(String word) {
        String alias = TestElasticsearch.alias("content");
        TestElasticsearch.post(alias + "/_refresh", "application/json", "");
        String query = Json.createObjectBuilder().add("size", 10_000)
                .add("query", Json.createObjectBuilder().add("bool", Json.createObjectBuilder()
                        .add("must", Json.createObjectBuilder().add("match", Json.createObjectBuilder().add("body", word)))
                        .add("filter", Json.createObjectBuilder().add("term", Json.createObjectBuilder().add("type", "POST")))))
                .build().toString();
        HttpResponse<String> response = TestElasticsearch.post(alias + "/_search", "application/json", query);
        assertEquals(200, response.statusCode(), response.body());
        return TestElasticsearch.json(response).getJsonObject("hits").getJsonArray("hits").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(hit -> Long.valueOf(hit.getString("_id").substring("post-".length())),
                        hit -> hit.getJsonObject("_source").getString("body").strip()));
    }
}
