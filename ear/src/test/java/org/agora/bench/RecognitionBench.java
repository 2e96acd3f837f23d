package org.agora.bench;

import java.io.IOException;
import java.io.InputStream;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

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
 * Recognition at scale: 10,000 employees (imported through the API) and 1,000,000 recognitions over two years
 * (posts, recognition rows, about 1.3 recipients each, a tenth shared with the team only), written straight into
 * PostgreSQL. Measures the recognition feed (first page, next page, a department's), HR's statistics for a year and
 * the year's CSV export, server-side ({@code Server-Timing}) and as the client sees them, beside the same SQL over
 * JDBC with its plans. HR's statistics count whole past months from their summaries, which the first request (or the
 * nightly job) writes; the report gives that first request apart. Needs an empty PostgreSQL database:
 * {@code AGORA_DB_URL=jdbc:postgresql://127.0.0.1:5432/agora_rbench AGORA_DB_USER=postgres AGORA_DB_PASSWORD=postgres
 * ./mvnw verify -Pbench -Dit.test=RecognitionBench}, about 12 minutes on two cores. To run it beside another build,
 * move it to ports of its own: {@code -Dit.http.port=8280 -Dit.management.port=10190 -Dit.es.port=9350
 * -Dit.smtp.port=3225} and the server's arguments of {@code arquillian.xml} with {@code port-offset=200} in
 * {@code -Darq.container.wildfly.configuration.javaVmArguments=...}.
 * The report is written to {@code ear/target/bench/recognition.md}.
 */
class RecognitionBench extends DeployedAgora {

    private static final int EMPLOYEES = Integer.getInteger("bench.employees", 10_000);
    private static final int RECOGNITIONS = Integer.getInteger("bench.recognitions", 1_000_000);
    private static final int DAYS = Integer.getInteger("bench.days", 730);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 100);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 1_000);
    private static final int STATISTICS_WARM_UP = Integer.getInteger("bench.statisticsWarmup", 3);
    private static final int STATISTICS_ROUNDS = Integer.getInteger("bench.statisticsRounds", 20);
    private static final int PAGE = 20;
    /** Ids far above what the sequences hand out, so bulk rows never meet the application's own. */
    private static final long BULK_IDS = 2_000_000_000L;
    private static final List<String> READERS = List.of("sam", "tomas", "priya", "marcus", "helena", "alex");
    private static final String HR = "priya";
    /** Five company values, eight badges; the first badges are given far more often, as the favourites are. */
    private static final String[][] BADGES = {
            {"Above and beyond", "STAR", "Ownership"}, {"Team player", "USERS", "Collaboration"},
            {"Customer hero", "HEART", "Customer first"}, {"Quick win", "BOLT", "Ownership"},
            {"Helping hand", "THUMBS_UP", "Collaboration"}, {"Bright idea", "SUN", "Innovation"},
            {"Safety first", "SHIELD", "Integrity"}, {"Trailblazer", "FLAG", "Innovation"}};

    /**
     * The feed query Hibernate sends for DefaultRecognitions.feed, in SQL; %s takes the optional conditions. The page's
     * posts, authors, badges and recipients follow in batches of their own.
     */
    private static final String FEED_SQL = """
            select r.post_id, r.badge_id, r.created_at, r.giver_id, r.kind, r.visibility
            from recognition r join post p on p.id = r.post_id
            where p.hidden_at is null and (p.restricted = false or exists (select 1 from post q
                    join post_audience qa on q.id = qa.post_id where q.id = p.id and qa.audience in (?, ?)))%s
            order by r.created_at desc, r.post_id desc fetch first ? rows only""";
    private static final String BY_DEPARTMENT = """

              and exists (select 1 from recognition d join recognition_recipient x on d.post_id = x.recognition_id
                    where d.post_id = r.post_id and x.department = ?)""";
    private static final String AFTER_CURSOR = """

              and r.created_at <= ? and (r.created_at < ? or (r.created_at = ? and r.post_id < ?))""";

    /** The statistics queries of DefaultRecognitionInsights, as it sends them (?1 = start, ?2 = end, ?3 = top). */
    private static final Map<String, String> STATISTICS_SQL = new LinkedHashMap<>();

    static {
        String notMilestone = " and not exists (select 1 from recognition m where m.post_id = x.recognition_id"
                + " and m.badge_id is null) ";
        STATISTICS_SQL.put("summaries of the whole past months: departments, givers, receivers", """
                select s.dimension, s.label, sum(s.tally) from recognition_summary s
                where s.month_start >= ?5 and s.month_start < ?6 and s.dimension <> 'VALUE' group by s.dimension, s.label""");
        STATISTICS_SQL.put("summaries of the whole past months: values by month", """
                select s.month_start, s.label, s.tally from recognition_summary s
                where s.month_start >= ?5 and s.month_start < ?6 and s.dimension = 'VALUE'""");
        STATISTICS_SQL.put("current month: values and months", """
                select b.company_value, extract(year from r.created_at) * 100 + extract(month from r.created_at),
                       count(*)
                from recognition r join badge b on b.id = r.badge_id
                where r.created_at >= ?1 and r.created_at < ?2
                group by b.company_value, extract(year from r.created_at) * 100 + extract(month from r.created_at)""");
        STATISTICS_SQL.put("current month: departments", """
                select coalesce(x.department, '(none)'), count(*) from recognition_recipient x
                where x.created_at >= ?1 and x.created_at < ?2""" + notMilestone + """
                 group by coalesce(x.department, '(none)')""");
        STATISTICS_SQL.put("current month: givers", """
                select r.giver_id, count(*) from recognition r
                where r.giver_id is not null and r.created_at >= ?1 and r.created_at < ?2
                group by r.giver_id""");
        STATISTICS_SQL.put("current month: receivers", """
                select x.employee_id, count(*) from recognition_recipient x
                where x.created_at >= ?1 and x.created_at < ?2""" + notMilestone + """
                 group by x.employee_id""");
        STATISTICS_SQL.put("quiet teams (last 90 days)", """
                select m.id, m.full_name, m.department, count(*) from employee m
                join employee e on e.manager_id = m.id and e.active = true
                where m.active = true and not exists (
                    select 1 from employee t join recognition_recipient x on x.employee_id = t.id
                    where t.manager_id = m.id and x.created_at >= ?4""" + notMilestone + """
                )
                group by m.id, m.full_name, m.department
                order by m.department, m.full_name""");
    }

    private final StringBuilder report = new StringBuilder();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void recognitionAtAMillion() throws Exception {
        String url = System.getenv("AGORA_DB_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "The recognition benchmark loads its million "
                + "recognitions into PostgreSQL: set AGORA_DB_URL, AGORA_DB_USER and AGORA_DB_PASSWORD as the class comment shows.");
        line("# Recognition benchmark");
        line("");
        importEmployees();
        try (Connection db = DriverManager.getConnection(url, System.getenv("AGORA_DB_USER"), System.getenv("AGORA_DB_PASSWORD"))) {
            line("Machine: %d cores, %,d MB RAM; Java %s; %s at `%s`.".formatted(Runtime.getRuntime().availableProcessors(),
                    totalMemoryMb(), System.getProperty("java.version"), single(db, "select version()"), url));
            line("");
            load(db);
            Map<String, HttpClient> sessions = BenchHttp.signIn(base, READERS);
            List<Throwable> failures = new ArrayList<>();
            part(failures, () -> measureFeed(db, sessions));
            part(failures, () -> measureStatistics(db, sessions.get(HR)));
            part(failures, () -> measureExport(sessions.get(HR)));
            part(failures, () -> explain(db));
            assertTrue(failures.isEmpty(), () -> "parts of the benchmark failed: " + failures);
        } finally {
            Path file = Path.of("target", "bench", "recognition.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
        }
    }

    private interface Part {
        void run() throws Exception;
    }

    /** One measurement; a failure is reported and the others still run, so one long load serves them all. */
    private void part(List<Throwable> failures, Part part) {
        try {
            part.run();
        } catch (Exception | AssertionError e) {
            failures.add(e);
            line("**Failed:** " + e);
            line("");
        }
    }

    private void importEmployees() throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> imported = http.send(basic(base, "api/v1/people/imports?dryRun=false", HR)
                .timeout(Duration.ofMinutes(30)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(GeneratedCompany.csv(EMPLOYEES, 2026L))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, imported.statusCode(), imported.body());
        line("Imported %,d employees through the API in %.1f s.".formatted(EMPLOYEES, (System.nanoTime() - started) / 1e9));
    }

    private record Person(long id, String department, Long manager) {
    }

    /** A programme, its badges and the recognitions, written with COPY as a bulk load would be; then ANALYZE. */
    private void load(Connection db) throws SQLException, IOException {
        long started = System.nanoTime();
        List<Person> people = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "select id, department, manager_id from employee where active = true order by id")) {
            while (rows.next()) {
                long manager = rows.getLong(3);
                people.add(new Person(rows.getLong(1), rows.getString(2), rows.wasNull() ? null : manager));
            }
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (PreparedStatement programme = db.prepareStatement("""
                insert into recognition_programme (id, name, description, starts_on, created_at, version)
                values (?, 'Bench recognition', 'Generated for the recognition benchmark', ?, ?, 0)""")) {
            programme.setLong(1, BULK_IDS);
            programme.setObject(2, LocalDate.now().minusDays(DAYS + 1L));
            programme.setTimestamp(3, Timestamp.from(now.minus(Duration.ofDays(DAYS + 1L))));
            programme.executeUpdate();
        }
        StringBuilder badges = new StringBuilder();
        for (int b = 0; b < BADGES.length; b++) {
            badges.append(BULK_IDS + b).append(',').append(BULK_IDS).append(',').append(BADGES[b][0]).append(',')
                    .append(BADGES[b][1]).append(',').append(BADGES[b][2]).append(",EVERYONE,,0\n");
        }
        BenchHttp.copy(db, "badge (id, programme_id, name, icon, company_value, givers, monthly_allowance, version)", badges);

        try (Statement statement = db.createStatement()) {
            // the generated rows are consistent by construction: skip the foreign key triggers while loading
            statement.execute("set session_replication_role = replica");
        }
        Random random = new Random(2026L);
        long spanMillis = Duration.ofDays(DAYS).toMillis();
        long recipientRows = 0;
        long audienceRows = 0;
        long team = 0;
        int batchSize = 100_000;
        for (int batch = 0; batch < RECOGNITIONS; batch += batchSize) {
            StringBuilder posts = new StringBuilder();
            StringBuilder recognitions = new StringBuilder();
            StringBuilder recipients = new StringBuilder();
            StringBuilder audiences = new StringBuilder();
            for (int i = batch; i < Math.min(RECOGNITIONS, batch + batchSize); i++) {
                long id = BULK_IDS + i;
                Timestamp at = Timestamp.from(now.minusMillis((long) (random.nextDouble() * spanMillis)));
                int roll = random.nextInt(100);
                String kind = roll < 4 ? "ANNIVERSARY" : roll < 5 ? "WELCOME" : "BADGE";
                Set<Person> recognised = new LinkedHashSet<>();
                Person giver = null;
                String badge = "";
                boolean teamOnly = false;
                String text;
                if (kind.equals("BADGE")) {
                    giver = people.get(random.nextInt(people.size()));
                    int count = random.nextInt(100) < 75 ? 1 : random.nextInt(100) < 80 ? 2 : 3;
                    while (recognised.size() < count) {
                        Person recipient = people.get(random.nextInt(people.size()));
                        if (recipient.id() != giver.id()) {
                            recognised.add(recipient);
                        }
                    }
                    // a skewed pick: the first badges are the favourites
                    badge = String.valueOf(BULK_IDS + Math.min(BADGES.length - 1, (int) (Math.abs(random.nextGaussian()) * 3)));
                    teamOnly = random.nextInt(10) == 0;
                    text = "Thank you for " + GeneratedCompany.TOPICS.get(random.nextInt(GeneratedCompany.TOPICS.size()))
                            + " work this week: the release went out on time and the customer noticed.";
                } else {
                    recognised.add(people.get(random.nextInt(people.size())));
                    text = kind.equals("WELCOME") ? "Welcome to the company!" : "Happy work anniversary!";
                }
                long author = giver != null ? giver.id() : recognised.iterator().next().id();
                posts.append(id).append(',').append(author).append(",,\"<p>").append(text).append("</p>\",\"")
                        .append(text).append("\",").append(at).append(",0,RECOGNITION,false,false,").append(teamOnly).append('\n');
                recognitions.append(id).append(',').append(kind).append(',').append(badge).append(',')
                        .append(giver == null ? "" : String.valueOf(giver.id())).append(',')
                        .append(teamOnly ? "TEAM" : "COMPANY").append(',').append(at).append('\n');
                Set<String> readers = new LinkedHashSet<>();
                for (Person recipient : recognised) {
                    recipients.append(id).append(',').append(recipient.id()).append(',')
                            .append(recipient.department() == null ? "" : recipient.department()).append(',').append(at).append('\n');
                    recipientRows++;
                    readers.add("employee-" + recipient.id());
                    if (recipient.department() != null) {
                        readers.add("department-" + recipient.department());
                    }
                    if (recipient.manager() != null) {
                        readers.add("employee-" + recipient.manager());
                    }
                }
                if (teamOnly) {
                    team++;
                    for (String reader : readers) {
                        audiences.append(id).append(',').append(reader).append('\n');
                        audienceRows++;
                    }
                }
            }
            BenchHttp.copy(db, "post (id, author_id, group_id, body_html, body_text, created_at, version, kind, pinned, poll_multiple, restricted)", posts);
            BenchHttp.copy(db, "recognition (post_id, kind, badge_id, giver_id, visibility, created_at)", recognitions);
            BenchHttp.copy(db, "recognition_recipient (recognition_id, employee_id, department, created_at)", recipients);
            BenchHttp.copy(db, "post_audience (post_id, audience)", audiences);
        }
        double loaded = (System.nanoTime() - started) / 1e9;
        long analyzeStarted = System.nanoTime();
        try (Statement statement = db.createStatement()) {
            statement.execute("set session_replication_role = origin");
            statement.execute("analyze");
            // as autovacuum leaves a table that has settled: otherwise it starts on these tables while we measure
            statement.execute("vacuum (analyze) post, recognition, recognition_recipient, post_audience");
        }
        line(("Loaded 1 programme, %d badges over 5 values and %,d recognitions over %d days (%,d of them shared with the "
                + "team only, %,d audience rows; %,d recipient rows, %.2f a recognition) with COPY in %.1f s; ANALYZE and VACUUM %.1f s. "
                + "%,d employees in all.").formatted(BADGES.length, RECOGNITIONS, DAYS, team, audienceRows, recipientRows,
                recipientRows / (double) RECOGNITIONS, loaded, (System.nanoTime() - analyzeStarted) / 1e9, people.size()));
        line("");
        line("| table | rows | size (with indices) |");
        line("| --- | --- | --- |");
        for (String table : List.of("post", "recognition", "recognition_recipient", "post_audience", "employee")) {
            line("| %s | %,d | %s |".formatted(table, Long.parseLong(single(db, "select count(*) from " + table)),
                    single(db, "select pg_size_pretty(pg_total_relation_size('" + table + "'))")));
        }
        line("");
    }



    /** A reader's audiences, as DefaultRecognitions.personalAudiences has them. */
    private static String[] audiencesOf(Connection db, String username) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("""
                select e.id, e.department from employee e join account a on a.employee_id = e.id where a.username = ?""")) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), username);
                return new String[]{"employee-" + rows.getLong(1), "department-" + rows.getString(2)};
            }
        }
    }

    private static final class Series {
        final List<Double> server = new ArrayList<>();
        final List<Double> client = new ArrayList<>();
        final List<Double> sql = new ArrayList<>();
    }

    private void measureFeed(Connection db, Map<String, HttpClient> sessions) throws SQLException {
        Map<String, String[]> audiences = new LinkedHashMap<>();
        for (String reader : READERS) {
            audiences.put(reader, audiencesOf(db, reader));
        }
        Series first = new Series();
        Series next = new Series();
        Series department = new Series();
        Series deep = new Series();
        String yearAgo = Instant.now().minus(Duration.ofDays(365)).toEpochMilli() + "_" + Long.MAX_VALUE;
        try (PreparedStatement firstSql = db.prepareStatement(FEED_SQL.formatted(""));
             PreparedStatement nextSql = db.prepareStatement(FEED_SQL.formatted(AFTER_CURSOR));
             PreparedStatement departmentSql = db.prepareStatement(FEED_SQL.formatted(BY_DEPARTMENT))) {
            for (int i = 0; i < WARM_UP + ROUNDS; i++) {
                boolean counted = i >= WARM_UP;
                String reader = READERS.get(i % READERS.size());
                HttpClient session = sessions.get(reader);
                String[] mine = audiences.get(reader);
                String cursor = feedPage(session, "size=" + PAGE, counted ? first : null);
                feedPage(session, "size=" + PAGE + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8),
                        counted ? next : null);
                String name = GeneratedCompany.DEPARTMENTS.get(i % GeneratedCompany.DEPARTMENTS.size());
                feedPage(session, "size=" + PAGE + "&department=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                        counted ? department : null);
                if (i % 10 == 0) {
                    feedPage(session, "size=" + PAGE + "&cursor=" + yearAgo, counted ? deep : null);
                }
                int separator = cursor.indexOf('_');
                double firstRaw = timed(bindFeed(firstSql, mine, null, 0, null));
                double nextRaw = timed(bindFeed(nextSql, mine, Timestamp.from(Instant.ofEpochMilli(
                        Long.parseLong(cursor.substring(0, separator)))), Long.parseLong(cursor.substring(separator + 1)), null));
                double departmentRaw = timed(bindFeed(departmentSql, mine, null, 0, name));
                if (counted) {
                    first.sql.add(firstRaw);
                    next.sql.add(nextRaw);
                    department.sql.add(departmentRaw);
                }
            }
        }
        line(("## Recognition feed, %d a page, %,d requests of each (6 readers in turn, one signed-in session each; "
                + "department filter across the 10 generated departments)").formatted(PAGE, ROUNDS));
        line("");
        line("| measured | requests | p50 ms | p95 ms | p99 ms |");
        line("| --- | --- | --- | --- | --- |");
        rows("first page", first);
        rows("next page (cursor)", next);
        rows("first page of a department", department);
        line(Percentiles.of(deep.server).row("a page a year back (cursor), application server-side"));
        line(Percentiles.of(deep.client).row("a page a year back (cursor), client"));
        line("");
    }

    private void rows(String what, Series series) {
        line(Percentiles.of(series.server).row(what + ", application server-side (`Server-Timing`)"));
        line(Percentiles.of(series.client).row(what + ", client (request to last byte)"));
        line(Percentiles.of(series.sql).row(what + ", the same SQL over JDBC"));
    }

    /** One page of the feed; returns its cursor to the next page. */
    private String feedPage(HttpClient session, String query, Series series) {
        long started = System.nanoTime();
        HttpResponse<String> page = send(session, HttpRequest.newBuilder(URI.create(base + "api/v1/recognitions?" + query))
                .GET().build());
        double client = (System.nanoTime() - started) / 1e6;
        assertEquals(200, page.statusCode(), page.body());
        JsonObject body = json(page);
        assertEquals(PAGE, body.getJsonArray("recognitions").size(), query);
        if (series != null) {
            series.server.add(serverMillis(page));
            series.client.add(client);
        }
        return body.getString("next");
    }

    private static PreparedStatement bindFeed(PreparedStatement feed, String[] audiences, Timestamp before, long beforeId,
                                              String department) throws SQLException {
        int p = 1;
        feed.setString(p++, audiences[0]);
        feed.setString(p++, audiences[1]);
        if (department != null) {
            feed.setString(p++, department);
        }
        if (before != null) {
            feed.setTimestamp(p++, before);
            feed.setTimestamp(p++, before);
            feed.setTimestamp(p++, before);
            feed.setLong(p++, beforeId);
        }
        feed.setInt(p, PAGE + 1);
        return feed;
    }

    private static double timed(PreparedStatement statement) throws SQLException {
        long started = System.nanoTime();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                result.getObject(1);
            }
        }
        return (System.nanoTime() - started) / 1e6;
    }

    /** The year HR's page shows at first: the eleven months before this one, and this one so far. */
    private static LocalDate[] year() {
        LocalDate to = LocalDate.now();
        return new LocalDate[]{to.minusMonths(11).withDayOfMonth(1), to};
    }

    private void measureStatistics(Connection db, HttpClient hr) throws SQLException {
        LocalDate[] year = year();
        String query = "api/v1/recognitions/statistics?from=" + year[0] + "&to=" + year[1];
        List<Double> server = new ArrayList<>();
        List<Double> client = new ArrayList<>();
        long recognitions = 0;
        double first = 0;
        for (int i = 0; i < STATISTICS_WARM_UP + STATISTICS_ROUNDS; i++) {
            long started = System.nanoTime();
            HttpResponse<String> answer = send(hr, HttpRequest.newBuilder(URI.create(base + query)).GET().build());
            double millis = (System.nanoTime() - started) / 1e6;
            assertEquals(200, answer.statusCode(), answer.body());
            recognitions = json(answer).getJsonNumber("recognitions").longValue();
            if (i == 0) {
                first = serverMillis(answer);
            }
            if (i >= STATISTICS_WARM_UP) {
                server.add(serverMillis(answer));
                client.add(millis);
            }
        }
        line("## HR statistics for a year (%s to %s, %,d badge recognitions), as %s, %d requests after %d to warm up"
                .formatted(year[0], year[1], recognitions, HR, STATISTICS_ROUNDS, STATISTICS_WARM_UP));
        line("");
        line("| measured | requests | p50 ms | p95 ms | p99 ms |");
        line("| --- | --- | --- | --- | --- |");
        line(Percentiles.of(server).row("statistics, application server-side (`Server-Timing`)"));
        line(Percentiles.of(client).row("statistics, client"));
        line("");
        line("The very first request, which wrote the summaries of the eleven past months (the nightly job does this"
                + " before HR asks), took %,.0f ms server-side.".formatted(first));
        line("");
        line("| SQL over JDBC, 5 runs after 1 | requests | p50 ms | p95 ms | p99 ms |");
        line("| --- | --- | --- | --- | --- |");
        for (Map.Entry<String, String> statistic : STATISTICS_SQL.entrySet()) {
            List<Double> sql = new ArrayList<>();
            try (PreparedStatement statement = db.prepareStatement(jdbc(statistic.getValue()))) {
                for (int i = 0; i < 6; i++) {
                    double millis = timed(bindStatistics(statement, statistic.getValue()));
                    if (i > 0) {
                        sql.add(millis);
                    }
                }
            }
            line(Percentiles.of(sql).row("SQL over JDBC: " + statistic.getKey()));
        }
        line("");
    }

    /** The native query's numbered parameters as JDBC's, in the order they appear. */
    private static String jdbc(String sql) {
        return sql.replaceAll("\\?[1-6]", "?");
    }

    private static PreparedStatement bindStatistics(PreparedStatement statement, String sql) throws SQLException {
        // what the application counts one by one is the current month; the months before come from summaries
        LocalDate[] year = year();
        LocalDate thisMonth = year[1].withDayOfMonth(1);
        Timestamp start = Timestamp.from(thisMonth.atStartOfDay(ZoneId.systemDefault()).toInstant());
        Timestamp end = Timestamp.from(year[1].plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        java.util.regex.Matcher parameters = java.util.regex.Pattern.compile("\\?([1-6])").matcher(sql);
        int p = 1;
        while (parameters.find()) {
            switch (parameters.group(1)) {
                case "1" -> statement.setTimestamp(p++, start);
                case "2" -> statement.setTimestamp(p++, end);
                case "3" -> statement.setInt(p++, 10);
                case "5" -> statement.setObject(p++, year[0]);
                case "6" -> statement.setObject(p++, thisMonth);
                default -> statement.setTimestamp(p++, Timestamp.from(Instant.now().minus(Duration.ofDays(90))));
            }
        }
        return statement;
    }

    /** The year's CSV as HR downloads it, read as it streams. */
    private void measureExport(HttpClient hr) throws IOException, InterruptedException {
        LocalDate[] year = year();
        long started = System.nanoTime();
        HttpResponse<InputStream> answer = hr.send(HttpRequest.newBuilder(URI.create(base
                        + "api/v1/recognitions/export?from=" + year[0] + "&to=" + year[1])).timeout(Duration.ofMinutes(10)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, answer.statusCode());
        double firstByte = (System.nanoTime() - started) / 1e9;
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = answer.body()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        line("## CSV export of the same year, as %s".formatted(HR));
        line("");
        line(String.format(Locale.ROOT, "%,d lines (header included; a line per person recognised, more where a message "
                + "spans lines), %,d MB, headers after %.1f s (the export first runs the statistics to refuse early), "
                + "complete after %.1f s: %,.0f rows/s.", lines, bytes >> 20, firstByte, seconds, lines / seconds));
        line("");
    }

    private void explain(Connection db) throws SQLException {
        line("## Plans (`EXPLAIN (ANALYZE, BUFFERS)`, as sam; statistics for the year above)");
        line("");
        String[] sam = audiencesOf(db, "sam");
        explain(db, "Feed, first page", bindFeed(db.prepareStatement("explain (analyze, buffers) " + FEED_SQL.formatted("")),
                sam, null, 0, null));
        Instant cursorAt = Instant.now().minus(Duration.ofHours(12)).truncatedTo(ChronoUnit.MILLIS);
        explain(db, "Feed, next page (cursor 12 hours back)", bindFeed(db.prepareStatement("explain (analyze, buffers) "
                + FEED_SQL.formatted(AFTER_CURSOR)), sam, Timestamp.from(cursorAt), Long.MAX_VALUE, null));
        explain(db, "Feed, a page a year back (cursor)", bindFeed(db.prepareStatement("explain (analyze, buffers) "
                + FEED_SQL.formatted(AFTER_CURSOR)), sam, Timestamp.from(Instant.now().minus(Duration.ofDays(365))), Long.MAX_VALUE, null));
        explain(db, "Feed, first page of Sales", bindFeed(db.prepareStatement("explain (analyze, buffers) "
                + FEED_SQL.formatted(BY_DEPARTMENT)), sam, null, 0, "Sales"));
        for (Map.Entry<String, String> statistic : STATISTICS_SQL.entrySet()) {
            explain(db, "Statistics: " + statistic.getKey(), bindStatistics(db.prepareStatement(
                    "explain (analyze, buffers) " + jdbc(statistic.getValue())), statistic.getValue()));
        }
    }

    private void explain(Connection db, String what, PreparedStatement statement) throws SQLException {
        line("### " + what);
        line("");
        line("```");
        try (statement; ResultSet plan = statement.executeQuery()) {
            while (plan.next()) {
                line(plan.getString(1));
            }
        }
        line("```");
        line("");
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
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
