package org.agora.bench;

import java.io.IOException;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.agora.bench.BenchHttp.basic;
import static org.agora.bench.BenchHttp.json;
import static org.agora.bench.BenchHttp.send;
import static org.agora.bench.BenchHttp.serverMillis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The home feed at scale: 10,000 employees (imported through the API), 500 groups, 20 follows each and 1,000,000
 * posts (written straight into PostgreSQL, as years of use would leave them). The first and the next page of the home feed are
 * measured server-side ({@code Server-Timing}) beside the same SQL sent over JDBC; then concurrent writers post
 * through the API for a while. Needs PostgreSQL:
 * {@code AGORA_DB_URL=jdbc:postgresql://127.0.0.1:5432/agora_bench AGORA_DB_USER=postgres AGORA_DB_PASSWORD=postgres
 * ./mvnw verify -Pbench -Dit.test=FeedBench}; the report is written to {@code ear/target/bench/feed.md}.
 */
class FeedBench extends DeployedAgora {

    private static final int EMPLOYEES = Integer.getInteger("bench.employees", 10_000);
    private static final int GROUPS = Integer.getInteger("bench.groups", 500);
    private static final int POSTS = Integer.getInteger("bench.posts", 1_000_000);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 200);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 1_000);
    private static final int WRITERS = Integer.getInteger("bench.writers", 8);
    private static final int WRITE_SECONDS = Integer.getInteger("bench.writeSeconds", 30);
    private static final int PAGE = 20;
    /** Ids far above what the sequences hand out, so bulk rows never meet the application's own. */
    private static final long BULK_IDS = 1_000_000_000L;
    /** Demo employees who sign in, each a different mix of groups. */
    private static final List<String> READERS = List.of("sam", "tomas", "priya", "marcus", "helena", "alex");
    /** Colleagues each employee follows, at random. */
    private static final int FOLLOWS = Integer.getInteger("bench.follows", 20);
    /** The home feed query the application runs (DefaultFeedService.homeFeed and page), in SQL. */
    private static final String FEED_SQL = """
            select p.id, p.author_id, p.group_id, p.body_html, p.created_at, p.edited_at, p.kind, p.accepted_comment_id,
                   p.pinned, p.hidden_reason, a.full_name, a.title, a.active, g.name, g.slug
            from post p join employee a on a.id = p.author_id left join community_group g on g.id = p.group_id
            where p.hidden_at is null and (g.id is null or g.visibility = 'PUBLIC' or g.id = any(?))
              and (p.pinned = false or g.id is not null)
              and (p.author_id = ? or g.id = any(?) or (g.id is null and p.kind = 'ANNOUNCEMENT')
                   or p.author_id in (select f.followed_id from employee_follow f where f.follower_id = ?))
              and (? or p.created_at < ? or (p.created_at = ? and p.id < ?))
            order by p.created_at desc, p.id desc limit ?""";

    private final StringBuilder report = new StringBuilder();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void homeFeedAtAMillionPosts() throws Exception {
        String url = System.getenv("AGORA_DB_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "The feed benchmark loads its million posts "
                + "into PostgreSQL: set AGORA_DB_URL, AGORA_DB_USER and AGORA_DB_PASSWORD as the class comment shows.");
        line("# Feed benchmark");
        line("");
        line("Machine: %d cores, %,d MB RAM; Java %s; PostgreSQL at `%s`."
                .formatted(Runtime.getRuntime().availableProcessors(), totalMemoryMb(), System.getProperty("java.version"), url));
        line("");
        importEmployees();
        try (Connection db = DriverManager.getConnection(url, System.getenv("AGORA_DB_USER"), System.getenv("AGORA_DB_PASSWORD"))) {
            load(db);
            Map<String, HttpClient> sessions = BenchHttp.signIn(base, READERS);
            measureFeed(db, sessions);
            explain(db);
            measureWriters(sessions);
        }
        Path file = Path.of("target", "bench", "feed.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    private void importEmployees() throws IOException, InterruptedException {
        HttpResponse<String> imported = http.send(basic(base, "api/v1/people/imports?dryRun=false", "priya")
                .timeout(Duration.ofMinutes(30)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(GeneratedCompany.csv(EMPLOYEES, 2026L))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, imported.statusCode(), imported.body());
    }

    /** Groups, memberships and posts, written with COPY as a bulk load would be; then the statistics are refreshed. */
    private void load(Connection db) throws SQLException, IOException {
        long started = System.nanoTime();
        List<Long> employees = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("select id from employee")) {
            while (rows.next()) {
                employees.add(rows.getLong(1));
            }
        }
        Random random = new Random(2026L);
        StringBuilder groups = new StringBuilder();
        for (int i = 0; i < GROUPS; i++) {
            String visibility = i % 25 == 0 ? "SECRET" : i % 5 == 0 ? "PRIVATE" : "PUBLIC";
            groups.append(BULK_IDS + i).append(",bench-group-").append(i).append(",Bench group ").append(i)
                    .append(",Generated for the feed benchmark,").append(visibility).append(',')
                    .append(Timestamp.from(Instant.now().minus(Duration.ofDays(400)))).append(",0\n");
        }
        BenchHttp.copy(db, "community_group (id, slug, name, description, visibility, created_at, version)", groups);
        StringBuilder memberships = new StringBuilder();
        for (long employee : employees) {
            random.ints(0, GROUPS).distinct().limit(5).forEach(group -> memberships.append(BULK_IDS + group).append(',')
                    .append(employee).append(",MEMBER,").append(Timestamp.from(Instant.now())).append('\n'));
        }
        BenchHttp.copy(db, "group_membership (group_id, employee_id, role, joined_at)", memberships);
        StringBuilder follows = new StringBuilder();
        for (long employee : employees) {
            random.ints(0, employees.size()).mapToObj(employees::get).filter(followed -> followed != employee).distinct()
                    .limit(FOLLOWS).forEach(followed -> follows.append(employee).append(',').append(followed).append(',')
                            .append(Timestamp.from(Instant.now())).append('\n'));
        }
        try (Statement statement = db.createStatement()) {
            statement.execute("create temporary table bench_follow (like employee_follow)");
        }
        BenchHttp.copy(db, "bench_follow (follower_id, followed_id, followed_at)", follows);
        try (Statement statement = db.createStatement()) {
            // the demo company's own follows (everyone follows the chief executive) stay as they are
            statement.execute("insert into employee_follow select * from bench_follow on conflict do nothing");
        }
        Instant now = Instant.now();
        long spanMillis = Duration.ofDays(365).toMillis();
        for (int batch = 0; batch < POSTS; batch += 100_000) {
            StringBuilder posts = new StringBuilder();
            for (int i = batch; i < Math.min(POSTS, batch + 100_000); i++) {
                long author = employees.get(random.nextInt(employees.size()));
                String group = random.nextInt(5) == 0 ? "" : String.valueOf(BULK_IDS + random.nextInt(GROUPS));
                String text = "Post " + i + " about " + GeneratedCompany.TOPICS.get(random.nextInt(GeneratedCompany.TOPICS.size()))
                        + ": notes from the week, a question for the team and a link to the wiki page.";
                posts.append(BULK_IDS + i).append(',').append(author).append(',').append(group).append(',')
                        .append('"').append(text).append("\",\"").append(text).append("\",")
                        .append(Timestamp.from(now.minusMillis((long) (random.nextDouble() * spanMillis))))
                        .append(",0,DISCUSSION,false,false\n");
            }
            BenchHttp.copy(db, "post (id, author_id, group_id, body_html, body_text, created_at, version, kind, pinned, poll_multiple)", posts);
        }
        try (Statement statement = db.createStatement()) {
            statement.execute("analyze");
        }
        line("Loaded %,d groups, %,d memberships, %,d follows and %,d posts with COPY in %.1f s (%,d employees in all, %,d of them imported).".formatted(
                GROUPS, employees.size() * 5L, employees.size() * (long) FOLLOWS, POSTS, (System.nanoTime() - started) / 1e9,
                employees.size(), EMPLOYEES));
        line("");
    }



    private void measureFeed(Connection db, Map<String, HttpClient> sessions) throws Exception {
        Map<String, Long[]> memberGroups = new ConcurrentHashMap<>();
        Map<String, Long> employeeIds = new ConcurrentHashMap<>();
        for (String reader : READERS) {
            memberGroups.put(reader, groupsOf(db, reader));
            employeeIds.put(reader, employeeIdOf(db, reader));
        }
        List<Double> everythingApp = new ArrayList<>();
        List<Double> firstApp = new ArrayList<>();
        List<Double> firstSql = new ArrayList<>();
        List<Double> nextApp = new ArrayList<>();
        List<Double> nextSql = new ArrayList<>();
        try (PreparedStatement feed = db.prepareStatement(FEED_SQL)) {
            for (int i = 0; i < WARM_UP + ROUNDS; i++) {
                String reader = READERS.get(i % READERS.size());
                HttpResponse<String> first = get(sessions.get(reader), "api/v1/posts?size=" + PAGE);
                assertEquals(200, first.statusCode(), first.body());
                JsonObject page = json(first);
                assertEquals(PAGE, page.getJsonArray("posts").size());
                String cursor = page.getString("next");
                HttpResponse<String> next = get(sessions.get(reader), "api/v1/posts?size=" + PAGE + "&cursor="
                        + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
                assertEquals(200, next.statusCode(), next.body());
                JsonObject last = page.getJsonArray("posts").getJsonObject(PAGE - 1);
                double firstRaw = sql(feed, db, memberGroups.get(reader), employeeIds.get(reader), null, 0);
                double nextRaw = sql(feed, db, memberGroups.get(reader), employeeIds.get(reader),
                        Timestamp.from(Instant.parse(last.getString("createdAt"))), last.getJsonNumber("id").longValue());
                HttpResponse<String> everything = get(sessions.get(reader), "api/v1/posts?scope=all&size=" + PAGE);
                assertEquals(200, everything.statusCode(), everything.body());
                if (i >= WARM_UP) {
                    everythingApp.add(serverMillis(everything));
                    firstApp.add(serverMillis(first));
                    nextApp.add(serverMillis(next));
                    firstSql.add(firstRaw);
                    nextSql.add(nextRaw);
                }
            }
        }
        line(("## Home feed, %d posts a page, %,d requests of each (6 readers in turn, each in 5 groups and following "
                + "%d colleagues)").formatted(PAGE, ROUNDS, FOLLOWS));
        line("");
        line("| measured | requests | p50 ms | p95 ms | p99 ms |");
        line("| --- | --- | --- | --- | --- |");
        line(Percentiles.of(firstApp).row("first page, application server-side (`Server-Timing`)"));
        line(Percentiles.of(firstSql).row("first page, the same SQL over JDBC"));
        line(Percentiles.of(nextApp).row("next page (cursor), application server-side"));
        line(Percentiles.of(nextSql).row("next page, the same SQL over JDBC"));
        line(Percentiles.of(everythingApp).row("\"All company\" first page (every readable post), application server-side"));
        line("");
    }

    private static Long[] groupsOf(Connection db, String username) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("""
                select m.group_id from group_membership m join account a on a.employee_id = m.employee_id
                where a.username = ?""")) {
            statement.setString(1, username);
            List<Long> groups = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    groups.add(rows.getLong(1));
                }
            }
            groups.add(-1L);
            return groups.toArray(Long[]::new);
        }
    }

    private static long employeeIdOf(Connection db, String username) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("select employee_id from account where username = ?")) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), username);
                return rows.getLong(1);
            }
        }
    }

    private static double sql(PreparedStatement feed, Connection db, Long[] groups, long employeeId, Timestamp before,
                              long beforeId) throws SQLException {
        long started = System.nanoTime();
        bind(feed, db, groups, employeeId, before, beforeId);
        int rows = 0;
        try (ResultSet result = feed.executeQuery()) {
            while (result.next()) {
                rows++;
            }
        }
        double millis = (System.nanoTime() - started) / 1e6;
        assertEquals(PAGE + 1, rows);
        return millis;
    }

    private static void bind(PreparedStatement feed, Connection db, Long[] groups, long employeeId, Timestamp before,
                             long beforeId) throws SQLException {
        feed.setArray(1, db.createArrayOf("bigint", groups));
        feed.setLong(2, employeeId);
        feed.setArray(3, db.createArrayOf("bigint", groups));
        feed.setLong(4, employeeId);
        feed.setBoolean(5, before == null);
        Timestamp at = before == null ? Timestamp.from(Instant.EPOCH) : before;
        feed.setTimestamp(6, at);
        feed.setTimestamp(7, at);
        feed.setLong(8, beforeId);
        feed.setInt(9, PAGE + 1);
    }

    private void explain(Connection db) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("explain (analyze, buffers) " + FEED_SQL)) {
            bind(statement, db, groupsOf(db, "sam"), employeeIdOf(db, "sam"), null, 0);
            line("Plan of the first page for sam:");
            line("");
            line("```");
            try (ResultSet plan = statement.executeQuery()) {
                while (plan.next()) {
                    line(plan.getString(1));
                }
            }
            line("```");
            line("");
        }
    }

    /** Writers post through the API as fast as they are answered, for a while; every post is a real transaction. */
    private void measureWriters(Map<String, HttpClient> sessions) throws InterruptedException {
        AtomicInteger written = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WRITE_SECONDS);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            HttpClient session = sessions.get(READERS.get(w % READERS.size()));
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; System.nanoTime() < deadline; i++) {
                    long started = System.nanoTime();
                    HttpResponse<String> posted = post(session, "Writer " + writer + " post " + i + ": progress on #benchmarks");
                    if (posted.statusCode() == 201) {
                        written.incrementAndGet();
                        latencies.add((System.nanoTime() - started) / 1e6);
                    } else {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        writers.shutdown();
        assertTrue(writers.awaitTermination(WRITE_SECONDS + 60L, TimeUnit.SECONDS));
        assertEquals(0, failed.get(), "every post is accepted");
        line("## Concurrent writers: %d threads posting through the API for %d s".formatted(WRITERS, WRITE_SECONDS));
        line("");
        line("%,d posts written, **%.0f posts/s** sustained (each: sanitising, mentions and hashtags, the row, the search "
                .formatted(written.get(), written.get() / (double) WRITE_SECONDS)
                + "outbox entry, one transaction), no failure.");
        line("");
        line("| measured | requests | p50 ms | p95 ms | p99 ms |");
        line("| --- | --- | --- | --- | --- |");
        line(Percentiles.of(latencies).row("publish, seen by the client"));
        line("");
    }

    private HttpResponse<String> post(HttpClient session, String body) {
        return send(session, HttpRequest.newBuilder(URI.create(base + "api/v1/posts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("body", body).build().toString()))
                .build());
    }

    private HttpResponse<String> get(HttpClient session, String path) {
        return send(session, HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    private static long totalMemoryMb() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize() >> 20;
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}
