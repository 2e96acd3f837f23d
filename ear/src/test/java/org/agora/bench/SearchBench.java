package org.agora.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.SimpleJsonpMapper;
import org.agora.search.ContentDocument;
import org.agora.search.SearchFilters;
import org.agora.search.internal.ContentQuery;
import org.agora.testing.DeployedAgora;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

import static org.agora.bench.BenchHttp.basic;
import static org.agora.bench.BenchHttp.json;
import static org.agora.bench.BenchHttp.send;
import static org.agora.bench.BenchHttp.serverMillis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Knowledge search at a million documents: 10,000 employees (imported through the API), 500 groups and 1,000,000
 * posts of generated text (written straight into PostgreSQL). Measured: how fast the outbox drainer indexes them all,
 * beside the same documents bulk-loaded straight into Elasticsearch from one thread; search latency server-side
 * ({@code Server-Timing}) beside Elasticsearch answering the very same request body; and how long a new post takes
 * to become searchable. Needs PostgreSQL:
 * {@code AGORA_DB_URL=jdbc:postgresql://127.0.0.1:5432/agora_search_bench AGORA_DB_USER=postgres AGORA_DB_PASSWORD=postgres
 * AGORA_ES_HEAP=1g ./mvnw verify -Pbench -Dit.test=SearchBench}; the report is written to {@code ear/target/bench/search.md}.
 */
class SearchBench extends DeployedAgora {

    private static final int EMPLOYEES = Integer.getInteger("bench.employees", 10_000);
    private static final int GROUPS = Integer.getInteger("bench.groups", 500);
    private static final int POSTS = Integer.getInteger("bench.posts", 1_000_000);
    /**
     * Posts sent through the outbox before the measured ones, not counted: the direct load that follows finds
     * Elasticsearch's JIT warm, so the drain is measured warm too.
     */
    private static final int WARM_UP_POSTS = Integer.getInteger("bench.warmupPosts", 200_000);
    /** One pass over every reader and query. */
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 300);
    /** Two passes over every reader and query. */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 600);
    private static final int LAG_SAMPLES = Integer.getInteger("bench.lagSamples", 100);
    /** As OutboxDrainer.BATCH_SIZE. */
    private static final int BULK_SIZE = 1000;
    /** Ids far above what the sequences hand out, so bulk rows never meet the application's own. */
    private static final long BULK_IDS = 1_000_000_000L;
    private static final int ROWS_PER_COPY = 100_000;
    private static final long SEED = 2026L;
    /** Demo employees who sign in, each a different mix of groups. */
    private static final List<String> READERS = List.of("sam", "tomas", "priya", "marcus", "helena", "alex");
    private static final List<String> GROUP_KINDS = List.of("guild", "community", "team", "working group", "project",
            "chapter", "circle", "club", "office hours", "squad");
    /** What employees type into the search box: words common and rare, pairs, phrases, misspellings and names. */
    private static final Map<String, List<String>> QUERIES = queries();

    private final StringBuilder report = new StringBuilder();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String elasticsearch = "http://127.0.0.1:" + System.getProperty("it.es.port") + "/";
    private final String alias = System.getProperty("it.index.prefix") + "-content";

    @Test
    void knowledgeSearchAtAMillionDocuments() throws Exception {
        String url = System.getenv("AGORA_DB_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "The search benchmark loads its million posts "
                + "into PostgreSQL: set AGORA_DB_URL, AGORA_DB_USER and AGORA_DB_PASSWORD as the class comment shows.");
        line("# Knowledge search benchmark");
        line("");
        line("Machine: %d cores, %,d MB RAM; Java %s; load average (1, 5, 15 min) at the start: %s."
                .formatted(Runtime.getRuntime().availableProcessors(), totalMemoryMb(), System.getProperty("java.version"),
                        loadAverage()));
        line("Elasticsearch heap %,d MB; WildFly heap %,d MB; PostgreSQL at `%s`."
                .formatted(elasticsearchHeapMb(), wildflyHeapMb(), url));
        line("");
        importEmployees();
        waitUntilTheOutboxIsEmpty(Duration.ofMinutes(30));
        try (Connection db = DriverManager.getConnection(url, System.getenv("AGORA_DB_USER"), System.getenv("AGORA_DB_PASSWORD"))) {
            load(db);
            bulkLoadDirectly(indexThroughTheOutbox(db));
            Map<String, HttpClient> sessions = BenchHttp.signIn(base, READERS);
            measureSearch(db, sessions);
            measureCommitToSearchable(sessions.get("sam"));
        }
        line("Load average (1, 5, 15 min) at the end: %s.".formatted(loadAverage()));
        save();
    }

    private void importEmployees() throws IOException, InterruptedException {
        HttpResponse<String> imported = http.send(basic(base, "api/v1/people/imports?dryRun=false", "priya")
                        .timeout(Duration.ofMinutes(30)).header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(GeneratedCompany.csv(EMPLOYEES, SEED))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, imported.statusCode(), imported.body());
    }

    /** Groups, memberships and posts (with their hashtags and a few documents), written with COPY; then the statistics. */
    private void load(Connection db) throws SQLException, IOException {
        long started = System.nanoTime();
        List<Long> employees = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("select id from employee")) {
            while (rows.next()) {
                employees.add(rows.getLong(1));
            }
        }
        Random random = new Random(SEED);
        GeneratedPosts writing = new GeneratedPosts(SEED);
        Instant now = Instant.now();
        StringBuilder groups = new StringBuilder();
        for (int i = 0; i < GROUPS; i++) {
            String topic = GeneratedCompany.TOPICS.get(i % GeneratedCompany.TOPICS.size()).replace('-', ' ');
            String name = Character.toUpperCase(topic.charAt(0)) + topic.substring(1) + " "
                    + GROUP_KINDS.get(i / GeneratedCompany.TOPICS.size() % GROUP_KINDS.size());
            groups.append(BULK_IDS + i).append(",bench-group-").append(i).append(',').append(name)
                    .append(",Generated for the search benchmark,").append(visibility(i)).append(',')
                    .append(Timestamp.from(now.minus(Duration.ofDays(400)))).append(",0\n");
        }
        BenchHttp.copy(db, "community_group (id, slug, name, description, visibility, created_at, version)", groups);
        List<List<Long>> members = new ArrayList<>();
        for (int i = 0; i < GROUPS; i++) {
            members.add(new ArrayList<>());
        }
        StringBuilder memberships = new StringBuilder();
        for (long employee : employees) {
            random.ints(0, GROUPS).distinct().limit(5).forEach(group -> {
                members.get(group).add(employee);
                memberships.append(BULK_IDS + group).append(',').append(employee).append(",MEMBER,")
                        .append(Timestamp.from(now)).append('\n');
            });
        }
        BenchHttp.copy(db, "group_membership (group_id, employee_id, role, joined_at)", memberships);
        long spanMillis = Duration.ofDays(365).toMillis();
        int questions = 0;
        int tagged = 0;
        int attached = 0;
        int inGroups = 0;
        int generated = WARM_UP_POSTS + POSTS;
        for (int batch = 0; batch < generated; batch += ROWS_PER_COPY) {
            StringBuilder posts = new StringBuilder();
            StringBuilder hashtags = new StringBuilder();
            StringBuilder attachments = new StringBuilder();
            for (int i = batch; i < Math.min(generated, batch + ROWS_PER_COPY); i++) {
                long id = BULK_IDS + i;
                // a fifth on the author's profile, the rest in a group the author belongs to
                int group = random.nextInt(5) == 0 ? -1 : random.nextInt(GROUPS);
                List<Long> writers = group < 0 || members.get(group).isEmpty() ? employees : members.get(group);
                long author = writers.get(random.nextInt(writers.size()));
                boolean question = random.nextInt(10) == 0;
                List<String> tags = random.nextInt(5) == 0 ? random.ints(0, GeneratedCompany.TOPICS.size()).distinct()
                        .limit(1 + random.nextInt(2)).mapToObj(GeneratedCompany.TOPICS::get).toList() : List.of();
                String text = writing.body(question, tags);
                Timestamp createdAt = Timestamp.from(now.minusMillis((long) (random.nextDouble() * spanMillis)));
                posts.append(id).append(',').append(author).append(',').append(group < 0 ? "" : String.valueOf(BULK_IDS + group))
                        .append(',').append(quoted("<p>" + text.replace("'", "&#39;") + "</p>")).append(',')
                        .append(quoted(text)).append(',').append(createdAt).append(",0,")
                        .append(question ? "QUESTION" : "DISCUSSION").append(",false,false\n");
                tags.forEach(tag -> hashtags.append(id).append(',').append(tag).append('\n'));
                if (random.nextInt(100) == 0) {
                    attachments.append(id).append(',').append(id).append(",0,").append(author).append(',')
                            .append(writing.phrase().replace(' ', '-')).append('-').append(i).append(".pdf,application/pdf,")
                            .append(20_000 + random.nextInt(2_000_000)).append(',').append(createdAt).append(',')
                            .append(quoted(writing.text(150 + random.nextInt(300)))).append('\n');
                    attached++;
                }
                questions += question ? 1 : 0;
                tagged += tags.isEmpty() ? 0 : 1;
                inGroups += group < 0 ? 0 : 1;
            }
            BenchHttp.copy(db, "post (id, author_id, group_id, body_html, body_text, created_at, version, kind, pinned, poll_multiple)", posts);
            BenchHttp.copy(db, "post_hashtag (post_id, tag)", hashtags);
            BenchHttp.copy(db, "post_attachment (id, post_id, position, uploader_id, file_name, media_type, size_bytes, uploaded_at, "
                    + "extracted_text)", attachments);
        }
        try (Statement statement = db.createStatement()) {
            // as a database in use for years stands: vacuumed and analysed, the load's WAL written out
            statement.execute("vacuum analyze");
            statement.execute("checkpoint");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> visibilities = IntStream.range(0, GROUPS).mapToObj(SearchBench::visibility)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        line("## Data");
        line("");
        line("| what | value |");
        line("| --- | --- |");
        line("| employees | %,d (%,d imported through the API, the rest the demo company's) |".formatted(employees.size(), EMPLOYEES));
        line("| groups | %,d generated (%d public, %d private, %d secret) and the demo's; 5 memberships per employee |"
                .formatted(GROUPS, visibilities.getOrDefault("PUBLIC", 0L), visibilities.getOrDefault("PRIVATE", 0L),
                        visibilities.getOrDefault("SECRET", 0L)));
        line("| posts | %,d generated (%,d to warm up, %,d measured): %,d on profiles, %,d in groups (by members), %,d questions, %,d with hashtags, %,d with a PDF's text |"
                .formatted(generated, WARM_UP_POSTS, POSTS, generated - inGroups, inGroups, questions, tagged, attached));
        line("| text | %,d-word vocabulary drawn by Zipf's law, a third of the posts with a common phrase; %s |"
                .formatted(writing.vocabularySize(), scalar(db, """
                        select round(avg(length(body_text))) || ' characters a post on average; PostgreSQL table post '
                               || pg_size_pretty(pg_total_relation_size('post'))
                        from post where id >= %d""".formatted(BULK_IDS))));
        line("| loaded with COPY, then `vacuum analyze` | %.1f s |".formatted(seconds));
        line("");
        save();
    }

    private static String visibility(int group) {
        return group % 25 == 0 ? "SECRET" : group % 5 == 0 ? "PRIVATE" : "PUBLIC";
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }


    /**
     * One outbox entry per post, as a reindex records them, written in one statement; then the time until the
     * drainer has sent them all (health reports none pending). The warm-up posts go first, unmeasured.
     */
    private Throughput indexThroughTheOutbox(Connection db) throws Exception {
        long warmUpStarted = System.nanoTime();
        assertEquals(WARM_UP_POSTS, queueThroughTheOutbox(db, BULK_IDS, BULK_IDS + WARM_UP_POSTS));
        waitUntilTheOutboxIsEmpty(Duration.ofMinutes(60));
        double warmUpSeconds = (System.nanoTime() - warmUpStarted) / 1e9;
        waitForMerges();
        line("## 1. Indexing through the outbox (load average %s)".formatted(loadAverage()));
        line("");
        line(("Warm-up, not measured: %,d other posts through the outbox first (%.1f s, %,.0f documents/s), so that "
                + "the JIT of WildFly and Elasticsearch is as warm as the direct load below finds Elasticsearch.")
                .formatted(WARM_UP_POSTS, warmUpSeconds, WARM_UP_POSTS / warmUpSeconds));
        line("");
        JsonObject before = indexStats(alias);
        long documentsBefore = count(alias);
        long inserting = System.nanoTime();
        int entries = queueThroughTheOutbox(db, BULK_IDS + WARM_UP_POSTS, Long.MAX_VALUE);
        long started = System.nanoTime();
        assertEquals(POSTS, entries);
        double insertSeconds = (started - inserting) / 1e9;
        Map<Double, Long> progress = new LinkedHashMap<>();
        long pending;
        do {
            Thread.sleep(2_000);
            pending = pending();
            double elapsed = (System.nanoTime() - started) / 1e9;
            progress.put(elapsed, pending);
            if (progress.size() % 30 == 0) {
                System.out.printf(Locale.ROOT, "outbox: %,d pending after %.0f s%n", pending, elapsed);
            }
            assertTrue(elapsed < 4 * 3600, "the outbox drains within four hours");
        } while (pending > 0);
        double seconds = (System.nanoTime() - started) / 1e9;
        refresh(alias);
        long indexed = count(alias) - documentsBefore;
        JsonObject after = indexStats(alias);
        double rate = POSTS / seconds;
        line("%,d outbox entries inserted with SQL in %.1f s; then the drainer's batches of %d, each built from PostgreSQL:"
                .formatted(entries, insertSeconds, BULK_SIZE));
        line("");
        line("| what | value |");
        line("| --- | --- |");
        line("| from the commit until health reports 0 pending (polled every 2 s) | %.1f s |".formatted(seconds));
        line("| documents added to the index (`_count` after a refresh) | %,d |".formatted(indexed));
        line("| **throughput** | **%,.0f documents/s** |".formatted(rate));
        line("| Elasticsearch busy in bulk requests (`_stats` bulk time, summed over the two in flight) | %.1f s |"
                .formatted(millis(before, after, "bulk", "total_time_in_millis") / 1e3));
        line("| of which indexing (`_stats` indexing time) | %.1f s |"
                .formatted(millis(before, after, "indexing", "index_time_in_millis") / 1e3));
        line("| index size afterwards | %,d MB, %,d documents |".formatted(
                after.getJsonObject("store").getJsonNumber("size_in_bytes").longValue() >> 20,
                after.getJsonObject("docs").getJsonNumber("count").longValue()));
        line("");
        line("Throughput by quarter of the backlog (does it slow down as the outbox table empties?):");
        line("");
        line("| quarter | documents/s |");
        line("| --- | --- |");
        double[] ends = new double[5];
        for (int quarter = 1; quarter <= 4; quarter++) {
            long left = POSTS - (long) POSTS * quarter / 4;
            ends[quarter] = progress.entrySet().stream().filter(e -> e.getValue() <= left).map(Map.Entry::getKey)
                    .findFirst().orElse(seconds);
            line(String.format(Locale.ROOT, "| %d | %,.0f |", quarter, POSTS / 4.0 / Math.max(ends[quarter] - ends[quarter - 1], 0.1)));
        }
        line("");
        assertEquals(POSTS, indexed, "every post is in the index");
        save();
        return new Throughput(rate, POSTS / 2.0 / Math.max(ends[3] - ends[1], 0.1));
    }

    /** One outbox entry for each generated post with an id in [{@code from}, {@code to}), in one statement. */
    private static int queueThroughTheOutbox(Connection db, long from, long to) throws SQLException {
        try (Statement statement = db.createStatement()) {
            return statement.executeUpdate("""
                    insert into search_outbox (id, index_name, document_id, document_version, operation, payload, created_at,
                                               attempts, next_attempt_at)
                    select p.id, 'CONTENT', 'post-' || p.id, 0, 'INDEX', null, now(), 0, now()
                    from post p where p.id >= %d and p.id < %d order by p.id""".formatted(from, to));
        }
    }

    /** Documents per second over the whole backlog and over its middle half (second and third quarter). */
    private record Throughput(double overall, double middleHalf) {
    }

    /**
     * The same documents, read back from the application's index, sent by one thread in bulk requests of the drainer's
     * size (external versions, alias required, as the drainer sends them) to a new index with the same mapping.
     */
    private void bulkLoadDirectly(Throughput outbox) throws Exception {
        waitForMerges();
        line("## 2. The same documents bulk-loaded straight into Elasticsearch (load average %s)".formatted(loadAverage()));
        line("");
        String raw = System.getProperty("it.index.prefix") + "-rawbulk";
        String index = raw + "-v2";
        try (InputStream mapping = Objects.requireNonNull(getClass().getResourceAsStream("/search/content-v2.json"))) {
            assertEquals(200, elasticsearch("PUT", index, new String(mapping.readAllBytes(), StandardCharsets.UTF_8)).statusCode());
        }
        assertEquals(200, elasticsearch("POST", "_aliases", """
                {"actions": [{"add": {"index": "%s", "alias": "%s", "is_write_index": true}}]}""".formatted(index, raw))
                .statusCode());
        List<byte[]> bulks = readBack(raw);
        JsonObject before = indexStats(index);
        long started = System.nanoTime();
        for (byte[] bulk : bulks) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(elasticsearch + "_bulk?require_alias=true"))
                    .header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bulk)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertTrue(response.body().startsWith("{\"errors\":false"), () -> response.body().substring(0, Math.min(2_000, response.body().length())));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        refresh(raw);
        long documents = count(raw);
        JsonObject after = indexStats(index);
        double rate = documents / seconds;
        line("| what | value |");
        line("| --- | --- |");
        line("| documents (every one in the application's index, `_source` as the drainer sent it) | %,d in %,d requests |"
                .formatted(documents, bulks.size()));
        line("| time, one thread, each request waiting for the previous | %.1f s |".formatted(seconds));
        line("| **throughput** | **%,.0f documents/s** |".formatted(rate));
        line("| Elasticsearch busy in bulk requests | %.1f s |".formatted(millis(before, after, "bulk", "total_time_in_millis") / 1e3));
        line("| **outbox / direct** | **%.0f%%** over the whole backlog (target at least 70%%); %.0f%% over its middle half |"
                .formatted(100 * outbox.overall() / rate, 100 * outbox.middleHalf() / rate));
        line("");
        line("""
                The direct load only sends prepared bytes. Each drainer batch also selects the due entries, reads the \
                posts with their authors, groups, hashtags and attachments in four queries, serialises the documents \
                with JSON-B and deletes the entries once sent. Two batches are on their way at a time while the next two \
                are read, so WildFly, PostgreSQL and Elasticsearch share the machine's cores.""");
        line("");
        assertEquals(200, elasticsearch("DELETE", index, null).statusCode());
        save();
    }

    /** The application's index, page by page in index order, as bulk bodies of {@link #BULK_SIZE} documents. */
    private List<byte[]> readBack(String target) throws IOException, InterruptedException {
        List<byte[]> bulks = new ArrayList<>();
        StringBuilder bulk = new StringBuilder();
        int inBulk = 0;
        long version = System.currentTimeMillis() * 1_000;
        JsonObject page = json(elasticsearch("POST", alias + "/_search?scroll=5m", """
                {"size": 5000, "sort": ["_doc"]}"""));
        while (!page.getJsonObject("hits").getJsonArray("hits").isEmpty()) {
            for (JsonValue value : page.getJsonObject("hits").getJsonArray("hits")) {
                JsonObject hit = value.asJsonObject();
                bulk.append("{\"index\":{\"_index\":\"").append(target).append("\",\"_id\":\"").append(hit.getString("_id"))
                        .append("\",\"version\":").append(version++).append(",\"version_type\":\"external\"}}\n")
                        .append(hit.getJsonObject("_source")).append('\n');
                if (++inBulk == BULK_SIZE) {
                    bulks.add(bulk.toString().getBytes(StandardCharsets.UTF_8));
                    bulk.setLength(0);
                    inBulk = 0;
                }
            }
            page = json(elasticsearch("POST", "_search/scroll", """
                    {"scroll": "5m", "scroll_id": "%s"}""".formatted(page.getString("_scroll_id"))));
        }
        elasticsearch("DELETE", "_search/scroll", """
                {"scroll_id": "%s"}""".formatted(page.getString("_scroll_id")));
        if (inBulk > 0) {
            bulks.add(bulk.toString().getBytes(StandardCharsets.UTF_8));
        }
        return bulks;
    }

    /** Background merges after the load would slow what is measured next. */
    private void waitForMerges() throws Exception {
        for (int i = 0; i < 300; i++) {
            JsonObject merges = indexStats(alias).getJsonObject("merges");
            if (merges.getInt("current") == 0) {
                return;
            }
            Thread.sleep(1_000);
        }
    }


    /**
     * Every reader asks every query in turn; each round the application and Elasticsearch answer the same search, in
     * alternating order so that neither always finds the caches warmed by the other.
     */
    private void measureSearch(Connection db, Map<String, HttpClient> sessions) throws Exception {
        line("## 3. Search latency (load average %s)".formatted(loadAverage()));
        line("");
        Map<String, List<String>> readable = new HashMap<>();
        for (String reader : READERS) {
            readable.put(reader, readableBy(db, reader));
        }
        List<String[]> asked = new ArrayList<>();
        QUERIES.forEach((kind, texts) -> texts.forEach(text -> asked.add(new String[]{kind, text})));
        int combinations = asked.size() * READERS.size();
        List<Double> appServer = new ArrayList<>();
        List<Double> appClient = new ArrayList<>();
        List<Double> rawClient = new ArrayList<>();
        List<Double> rawTook = new ArrayList<>();
        Map<String, List<Double>> appByKind = new LinkedHashMap<>();
        Map<String, List<Double>> rawByKind = new LinkedHashMap<>();
        Map<String, List<Double>> appByReader = new LinkedHashMap<>();
        Map<String, List<Double>> rawByReader = new LinkedHashMap<>();
        long found = 0;
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            int combination = i % combinations;
            String[] query = asked.get(combination % asked.size());
            String reader = READERS.get(combination / asked.size());
            String body = JsonpUtils.toJsonString(ContentQuery.request(alias, query[1],
                    ContentQuery.readableByAnyOf(readable.get(reader)), SearchFilters.NONE, 0), new SimpleJsonpMapper());
            HttpResponse<String> viaApp = null;
            HttpResponse<String> direct = null;
            double appMillis = 0;
            double rawMillis = 0;
            for (int turn = 0; turn < 2; turn++) {
                long started = System.nanoTime();
                if ((turn == 0) == (i % 2 == 0)) {
                    viaApp = send(sessions.get(reader), HttpRequest.newBuilder(URI.create(base + "api/v1/search?q="
                            + URLEncoder.encode(query[1], StandardCharsets.UTF_8))).GET().build());
                    appMillis = (System.nanoTime() - started) / 1e6;
                } else {
                    direct = elasticsearch("POST", alias + "/_search?typed_keys=true", body);
                    rawMillis = (System.nanoTime() - started) / 1e6;
                }
            }
            assertEquals(200, viaApp.statusCode(), viaApp.body());
            assertEquals(200, direct.statusCode(), direct.body());
            JsonObject app = json(viaApp);
            JsonObject raw = json(direct);
            List<String> appHits = app.getJsonArray("hits").stream().map(JsonValue::asJsonObject)
                    .map(hit -> hit.containsKey("commentId") ? ContentDocument.commentId(hit.getJsonNumber("commentId").longValue())
                            : ContentDocument.postId(hit.getJsonNumber("postId").longValue()))
                    .toList();
            List<String> rawHits = raw.getJsonObject("hits").getJsonArray("hits").stream()
                    .map(hit -> hit.asJsonObject().getString("_id")).toList();
            long appTotal = app.getJsonNumber("total").longValue();
            long rawTotal = raw.getJsonObject("hits").getJsonObject("total").getJsonNumber("value").longValue();
            if (appTotal != rawTotal || !appHits.equals(rawHits)) {
                differences.add("%s as %s: application %d hits %s, Elasticsearch %d hits %s"
                        .formatted(query[1], reader, appTotal, appHits, rawTotal, rawHits));
            }
            if (i >= WARM_UP) {
                double server = serverMillis(viaApp);
                appServer.add(server);
                appClient.add(appMillis);
                rawClient.add(rawMillis);
                rawTook.add((double) raw.getInt("took"));
                appByKind.computeIfAbsent(query[0], k -> new ArrayList<>()).add(server);
                rawByKind.computeIfAbsent(query[0], k -> new ArrayList<>()).add(rawMillis);
                appByReader.computeIfAbsent(reader, k -> new ArrayList<>()).add(server);
                rawByReader.computeIfAbsent(reader, k -> new ArrayList<>()).add(rawMillis);
                found += appTotal;
            }
        }
        Percentiles server = Percentiles.of(appServer);
        Percentiles direct = Percentiles.of(rawClient);
        line(("%d queries (%s) asked by %d readers in turn: %,d warm-up rounds, then %,d measured; each round the "
                + "application (`GET /api/v1/search?q=`, signed in) and Elasticsearch (`_search` on the alias, the same "
                + "request, built by the same code: multi_match over six fields with fuzziness, phrase boosts, recency and type "
                + "weights, readableBy filter, 6 aggregations, highlights, spelling suggestions, exact total). The "
                + "application also counts a \"did you mean\" respelling when Elasticsearch suggests one.")
                .formatted(asked.size(), String.join(", ", QUERIES.keySet()), READERS.size(), WARM_UP, ROUNDS));
        line("");
        line("| measured | requests | p50 ms | p95 ms | p99 ms |");
        line("| --- | --- | --- | --- | --- |");
        line(server.row("application, server-side (`Server-Timing`)"));
        line(Percentiles.of(appClient).row("application, seen by the client"));
        line(direct.row("Elasticsearch `_search`, same body, round trip"));
        line(Percentiles.of(rawTook).row("Elasticsearch `took`"));
        line("");
        line("**Application p50 / Elasticsearch p50 = %.2f** (target at most 1.3); p95 ratio %.2f; %,d hits per query on average."
                .formatted(server.p50() / direct.p50(), server.p95() / direct.p95(), found / Math.max(ROUNDS, 1)));
        line("");
        line("| by kind of query | requests | application p50 ms | p95 ms | Elasticsearch p50 ms | p95 ms |");
        line("| --- | --- | --- | --- | --- | --- |");
        appByKind.forEach((kind, millis) -> line(pair(kind, millis, rawByKind.get(kind))));
        line("");
        line("| by reader (groups readable beside `everyone`) | requests | application p50 ms | p95 ms | Elasticsearch p50 ms | p95 ms |");
        line("| --- | --- | --- | --- | --- | --- |");
        appByReader.forEach((reader, millis) -> line(pair(reader + " (" + (readable.get(reader).size() - 1) + ")",
                millis, rawByReader.get(reader))));
        line("");
        line(differences.isEmpty() ? "Every answer of the application had the same total and the same hits as Elasticsearch's."
                : "**%d answers differed** from Elasticsearch's, first: %s".formatted(differences.size(), differences.get(0)));
        line("");
        save();
        assertTrue(differences.isEmpty(), "the bench's copy of the query is out of step with DefaultKnowledgeSearch");
    }

    private static String pair(String what, List<Double> app, List<Double> raw) {
        Percentiles a = Percentiles.of(app);
        Percentiles r = Percentiles.of(raw);
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |", what, a.samples(), a.p50(), a.p95(),
                r.p50(), r.p95());
    }

    /** As GroupDirectory.myGroupIds and DefaultKnowledgeSearch.readableByCurrentEmployee: everyone's, and each group's. */
    private static List<String> readableBy(Connection db, String username) throws SQLException {
        List<String> readable = new ArrayList<>(List.of(ContentDocument.EVERYONE));
        try (PreparedStatement statement = db.prepareStatement("""
                select m.group_id from group_membership m join account a on a.employee_id = m.employee_id
                where a.username = ?""")) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    readable.add(ContentDocument.readableByMembersOf(rows.getLong(1)));
                }
            }
        }
        return readable;
    }

    /**
     * With nothing else waiting, a post is published through the API and Elasticsearch asked every 20 ms whether it
     * finds the post's unique word; the pause between samples is random, so the drainer's one-second rhythm is sampled
     * evenly.
     */
    private void measureCommitToSearchable(HttpClient session) throws Exception {
        waitUntilTheOutboxIsEmpty(Duration.ofMinutes(5));
        line("## 4. From commit to searchable (load average %s)".formatted(loadAverage()));
        line("");
        Random random = new Random(SEED);
        List<Double> afterAnswer = new ArrayList<>();
        List<Double> afterRequest = new ArrayList<>();
        List<Double> publish = new ArrayList<>();
        for (int i = 0; i < LAG_SAMPLES; i++) {
            Thread.sleep(random.nextInt(1_000));
            String word = "probe" + random.ints(10, 'a', 'z' + 1)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
            long requested = System.nanoTime();
            HttpResponse<String> posted = send(session, HttpRequest.newBuilder(URI.create(base + "api/v1/posts"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                            .add("body", "Is this searchable yet? " + word).build().toString())).build());
            long answered = System.nanoTime();
            assertEquals(201, posted.statusCode(), posted.body());
            String counting = """
                    {"query": {"term": {"body": "%s"}}}""".formatted(word);
            while (json(elasticsearch("POST", alias + "/_count", counting)).getJsonNumber("count").longValue() == 0) {
                assertTrue(System.nanoTime() - answered < Duration.ofSeconds(60).toNanos(), word + " is found within a minute");
                Thread.sleep(20);
            }
            long found = System.nanoTime();
            afterAnswer.add((found - answered) / 1e6);
            afterRequest.add((found - requested) / 1e6);
            publish.add((answered - requested) / 1e6);
        }
        Percentiles lag = Percentiles.of(afterAnswer);
        line("| measured | samples | p50 ms | p95 ms | p99 ms | max ms |");
        line("| --- | --- | --- | --- | --- | --- |");
        line(lag.row("from the API's 201 (committed) until `_count` finds the word") + " %.0f |".formatted(max(afterAnswer)));
        line(Percentiles.of(afterRequest).row("from sending the post until found") + " %.0f |".formatted(max(afterRequest)));
        line(Percentiles.of(publish).row("publishing itself (the API's answer)") + " %.0f |".formatted(max(publish)));
        line("");
        line("**p95 %.2f s** (target below 2 s). The drainer looks once a second; Elasticsearch refreshes once a second."
                .formatted(lag.p95() / 1e3));
        line("");
        save();
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private void waitUntilTheOutboxIsEmpty(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending() > 0) {
            if (System.nanoTime() > deadline) {
                fail("The search outbox is not empty after " + timeout.toMinutes() + " minutes");
            }
            Thread.sleep(500);
        }
    }

    /**
     * The backlog health reports, asked anonymously as a load balancer would: with credentials, every poll would
     * cost WildFly a BCrypt verification, CPU taken from the drain being measured.
     */
    private long pending() {
        HttpResponse<String> health = send(http, HttpRequest.newBuilder(URI.create(base + "api/health")).GET().build());
        return json(health).getJsonObject("search").getJsonNumber("pendingChanges").longValue();
    }

    private JsonObject indexStats(String index) throws IOException, InterruptedException {
        HttpResponse<String> stats = elasticsearch("GET", index + "/_stats/docs,store,bulk,indexing,merge", null);
        assertEquals(200, stats.statusCode(), stats.body());
        return json(stats).getJsonObject("_all").getJsonObject("primaries");
    }

    private static double millis(JsonObject before, JsonObject after, String section, String field) {
        return after.getJsonObject(section).getJsonNumber(field).longValue()
                - before.getJsonObject(section).getJsonNumber(field).longValue();
    }

    private void refresh(String index) throws IOException, InterruptedException {
        assertEquals(200, elasticsearch("POST", index + "/_refresh", null).statusCode());
    }

    private long count(String index) throws IOException, InterruptedException {
        return json(elasticsearch("GET", index + "/_count", null)).getJsonNumber("count").longValue();
    }

    private HttpResponse<String> elasticsearch(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(elasticsearch + path)).timeout(Duration.ofMinutes(5));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long elasticsearchHeapMb() throws IOException, InterruptedException {
        JsonObject nodes = json(elasticsearch("GET", "_nodes/_local/stats/jvm", null)).getJsonObject("nodes");
        return nodes.values().iterator().next().asJsonObject().getJsonObject("jvm").getJsonObject("mem")
                .getJsonNumber("heap_max_in_bytes").longValue() >> 20;
    }

    private static long wildflyHeapMb() throws IOException {
        try (ModelControllerClient management = ModelControllerClient.Factory.create("127.0.0.1",
                Integer.getInteger("it.management.port", 10090))) {
            ModelNode read = new ModelNode();
            read.get("operation").set("read-attribute");
            read.get("address").set(new ModelNode().add("core-service", "platform-mbean").add("type", "memory"));
            read.get("name").set("heap-memory-usage");
            ModelNode result = management.execute(read);
            assertEquals("success", result.get("outcome").asString(), result.toString());
            return result.get("result").get("max").asLong() >> 20;
        }
    }

    private static String scalar(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next());
            return row.getString(1);
        }
    }

    private static Map<String, List<String>> queries() {
        Map<String, List<String>> queries = new LinkedHashMap<>();
        queries.put("one word", List.of("budget", "release", "customer", "meeting", "onboarding", "security", "roadmap",
                "holiday", "printer", "parking", "invoice", "migration", "kubernetes", "accessibility", "retrospective",
                "payroll", "volunteering", "escalation", "anniversary", "umbrella"));
        queries.put("two words", List.of("expense report", "travel policy", "hiring plan", "design review",
                "customer feedback", "server migration", "sales forecast", "parental leave", "code freeze", "team offsite",
                "security training", "office move"));
        queries.put("phrase", List.of("quarterly business review", "all hands meeting", "on call rotation",
                "root cause analysis", "lunch and learn", "disaster recovery test"));
        queries.put("misspelt", List.of("budjet", "onboardng", "kubernets", "secruity", "calender", "managment",
                "maintainance", "enviroment", "perfomance", "retrospectve"));
        queries.put("name or group", List.of("Tanaka", "Müller", "Kubernetes guild", "Payroll community"));
        return queries;
    }

    private static String loadAverage() throws IOException {
        String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return load[0] + ", " + load[1] + ", " + load[2];
    }

    private static long totalMemoryMb() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() >> 20;
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }

    private void save() throws IOException {
        Path file = Path.of("target", "bench", "search.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }
}
