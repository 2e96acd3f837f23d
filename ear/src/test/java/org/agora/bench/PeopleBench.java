package org.agora.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

import jakarta.json.JsonObject;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.SimpleJsonpMapper;
import org.agora.search.PeopleQuery;
import org.agora.search.internal.PeopleQueries;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

import static org.agora.bench.BenchHttp.json;
import static org.agora.bench.BenchHttp.send;
import static org.agora.bench.BenchHttp.serverMillis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People at scale: HR imports a generated company of 50,000 employees, then "who knows X?" and directory pages
 * are measured server-side (the {@code Server-Timing} header) beside Elasticsearch answering the very same request
 * body sent to it directly. Run with {@code ./mvnw verify -Pbench}; the report is written to
 * {@code ear/target/bench/people.md}.
 */
class PeopleBench extends DeployedAgora {

    private static final int EMPLOYEES = Integer.getInteger("bench.employees", 50_000);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 200);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 1_000);
    private static final long SEED = 2026L;
    private static final List<String[]> WHO_KNOWS = List.of(new String[]{"kubernetes", null},
            new String[]{"kubernets", "Singapore"}, new String[]{"negotiation", "Germany"}, new String[]{"java", null},
            new String[]{"forecastng", null}, new String[]{"elasticsearch", "Tokyo"}, new String[]{"payroll", "Finland"},
            new String[]{"security", null}, new String[]{"machine learning", "United States"},
            new String[]{"pricing", "Brazil"});

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StringBuilder report = new StringBuilder();

    @Test
    void peopleAtFiftyThousandEmployees() throws Exception {
        String csv = GeneratedCompany.csv(EMPLOYEES, SEED);
        line("# People benchmark");
        line("");
        line("Machine: %d cores, %,d MB RAM; Java %s. Data: %,d generated employees (%,d KB of CSV) plus the 300 of the demo."
                .formatted(Runtime.getRuntime().availableProcessors(), totalMemoryMb(),
                        System.getProperty("java.version"), EMPLOYEES, csv.length() / 1024));
        line("");
        importTheCompany(csv);
        waitForTheIndex();

        Random random = new Random(SEED);
        measure("Who knows X? (10 topics, 4 misspelt or with a place)", i -> {
            String[] asked = WHO_KNOWS.get(i % WHO_KNOWS.size());
            return PeopleQuery.whoKnows(asked[0], asked[1], null, 0);
        });
        measure("Directory page by name (random page 1–500, a third filtered by department)", i -> new PeopleQuery(
                null, null, null, i % 3 == 0 ? GeneratedCompany.DEPARTMENTS.get(random.nextInt(10)) : null,
                PeopleQuery.Order.NAME, random.nextInt(500), PeopleQuery.DEFAULT_SIZE));

        Path file = Path.of("target", "bench", "people.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    private void importTheCompany(String csv) throws IOException, InterruptedException {
        try (ModelControllerClient management = ModelControllerClient.Factory.create("127.0.0.1",
                Integer.getInteger("it.management.port", 10090))) {
            gc(management);
            heapPools(management).forEach(pool -> resetPeak(management, pool));
            long started = System.nanoTime();
            HttpResponse<String> imported = http.send(request("api/v1/people/imports?dryRun=false", "priya")
                    .timeout(Duration.ofMinutes(30))
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(200, imported.statusCode(), imported.body());
            long peak = heapPools(management).stream()
                    .mapToLong(pool -> peakUsed(management, pool))
                    .sum();
            long max = heapMax(management);
            line("## CSV import of %,d rows (one transaction: parse, validate, upsert, managers, outbox)".formatted(EMPLOYEES));
            line("");
            line("| what | value |");
            line("| --- | --- |");
            line("| time | %.1f s |".formatted(seconds));
            line("| rows/s | %,.0f |".formatted(EMPLOYEES / seconds));
            line("| peak heap used (sum of the heap pools' peaks) | %,d MB of %,d MB max |".formatted(peak >> 20, max >> 20));
            line("| result | %s |".formatted(imported.body()));
            line("");
        }
    }

    private void waitForTheIndex() {
        long started = System.nanoTime();
        Eventually.within(Duration.ofMinutes(30), "the outbox is drained", () -> {
            JsonObject search = json(get("api/health", "priya")).getJsonObject("search");
            return search.getJsonNumber("pendingChanges").longValue() == 0;
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        line("Indexing the people through the outbox after the commit took %.1f s (%,.0f documents/s, each built from the database when sent)."
                .formatted(seconds, EMPLOYEES / seconds));
        line("");
    }

    /** The same query through the application (server-side time) and straight to Elasticsearch, interleaved. */
    private void measure(String what, Function<Integer, PeopleQuery> queries) throws Exception {
        String alias = System.getProperty("it.index.prefix") + "-people";
        List<Double> app = new ArrayList<>();
        List<Double> appClient = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        List<Double> took = new ArrayList<>();
        long hits = 0;
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            PeopleQuery query = queries.apply(i);
            long started = System.nanoTime();
            HttpResponse<String> viaApp = get(path(query), "sam");
            double clientMillis = (System.nanoTime() - started) / 1e6;
            assertEquals(200, viaApp.statusCode(), viaApp.body());
            SearchRequest request = PeopleQueries.request(alias, query);
            String body = JsonpUtils.toJsonString(request, new SimpleJsonpMapper());
            started = System.nanoTime();
            HttpResponse<String> direct = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + System.getProperty("it.es.port") + "/" + alias + "/_search?typed_keys=true"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            double rawMillis = (System.nanoTime() - started) / 1e6;
            assertEquals(200, direct.statusCode(), direct.body());
            if (i >= WARM_UP) {
                app.add(serverMillis(viaApp));
                appClient.add(clientMillis);
                raw.add(rawMillis);
                took.add((double) json(direct).getInt("took"));
                hits += json(viaApp).getJsonNumber("total").longValue();
            }
        }
        assertTrue(hits > 0, "the queries find people");
        Percentiles server = Percentiles.of(app);
        Percentiles elasticsearch = Percentiles.of(raw);
        line("## " + what);
        line("");
        line("| measured | requests | p50 ms | p95 ms | p99 ms |");
        line("| --- | --- | --- | --- | --- |");
        line(server.row("application, server-side (`Server-Timing`)"));
        line(Percentiles.of(appClient).row("application, seen by the client (HTTP Basic sign-in on every request)"));
        line(elasticsearch.row("Elasticsearch `_search`, same body, round trip"));
        line(Percentiles.of(took).row("Elasticsearch `took`"));
        line("");
        line("Application p50 / Elasticsearch p50 = %.2f; %,d people found per query on average."
                .formatted(server.p50() / elasticsearch.p50(), hits / ROUNDS));
        line("");
    }

    private static String path(PeopleQuery query) {
        StringBuilder path = new StringBuilder("api/v1/people?page=" + query.page() + "&size=" + query.size()
                + "&sort=" + query.order().name().toLowerCase(Locale.ROOT));
        append(path, "q", query.text());
        append(path, "location", query.location());
        append(path, "department", query.department());
        return path.toString();
    }

    private static void append(StringBuilder path, String name, String value) {
        if (value != null) {
            path.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private HttpResponse<String> get(String path, String username) {
        return send(http, request(path, username).GET().build());
    }

    private HttpRequest.Builder request(String path, String username) {
        String credentials = Base64.getEncoder().encodeToString((username + ":agora").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofMinutes(1))
                .header("Authorization", "Basic " + credentials);
    }

    /** The addresses of the JVM's heap memory pools, {@code /core-service=platform-mbean/type=memory-pool/name=*}. */
    private static List<ModelNode> heapPools(ModelControllerClient management) {
        ModelNode read = operation("read-children-resources", platform("memory-pool"));
        read.get("child-type").set("name");
        read.get("include-runtime").set(true);
        ModelNode pools = execute(management, read);
        List<ModelNode> heap = new ArrayList<>();
        for (String name : pools.keys()) {
            if ("HEAP".equals(pools.get(name).get("type").asString())) {
                heap.add(platform("memory-pool").add("name", name));
            }
        }
        return heap;
    }

    private static void resetPeak(ModelControllerClient management, ModelNode pool) {
        execute(management, operation("reset-peak-usage", pool));
    }

    private static long peakUsed(ModelControllerClient management, ModelNode pool) {
        return execute(management, readAttribute(pool, "peak-usage")).get("used").asLong();
    }

    private static long heapMax(ModelControllerClient management) {
        return execute(management, readAttribute(platform("memory"), "heap-memory-usage")).get("max").asLong();
    }

    private static void gc(ModelControllerClient management) {
        execute(management, operation("gc", platform("memory")));
    }

    private static ModelNode platform(String type) {
        return new ModelNode().add("core-service", "platform-mbean").add("type", type);
    }

    private static ModelNode operation(String name, ModelNode address) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        operation.get("address").set(address);
        return operation;
    }

    private static ModelNode readAttribute(ModelNode address, String attribute) {
        ModelNode read = operation("read-attribute", address);
        read.get("name").set(attribute);
        return read;
    }

    private static ModelNode execute(ModelControllerClient management, ModelNode operation) {
        try {
            ModelNode result = management.execute(operation);
            if (!"success".equals(result.get("outcome").asString())) {
                throw new IllegalStateException(operation.get("operation").asString() + " failed: " + result);
            }
            return result.get("result");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long totalMemoryMb() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() >> 20;
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}
