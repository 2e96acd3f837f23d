package org.agora.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.agora.testing.CompanySignOnSwitchedOn;
import org.agora.testing.DeployedAgora;
import org.agora.testing.TestOidcProvider;
import org.jboss.as.arquillian.api.ServerSetup;
import org.junit.jupiter.api.Test;

import static org.agora.bench.BenchHttp.json;
import static org.agora.bench.BenchHttp.send;
import static org.agora.bench.BenchHttp.serverMillis;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What signing in and token authentication cost: sign-ins per second through the sign-in page (bcrypt at cost 10
 * dominates, on purpose), and the same authenticated GET with a session, a personal access token and HTTP Basic,
 * client-side and as the server timed it (Server-Timing: app for the answer, auth for checking the credentials).
 * Run with {@code ./mvnw verify -Pbench -Dit.test=IdentityBench}; the report goes to
 * {@code ear/target/bench/identity.md}.
 */
@ServerSetup(CompanySignOnSwitchedOn.class)
class IdentityBench extends DeployedAgora {

    private static final List<String> USERS = List.of("sam", "helena", "marcus", "priya", "tomas", "alex",
            "aarav.agarwal", "aarav.banerjee");
    private static final int SIGN_IN_THREADS = Integer.getInteger("bench.signInThreads", 4);
    private static final int SIGN_IN_SECONDS = Integer.getInteger("bench.signInSeconds", 20);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2_000);
    private static final int BASIC_ROUNDS = Integer.getInteger("bench.basicRounds", 200);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 500);
    private static final String GET = "api/v1/notifications";

    private final StringBuilder report = new StringBuilder();

    @Test
    void signInsAndAuthenticatedRequests() throws Exception {
        line("# Identity benchmark");
        line("");
        line("Machine: %d cores, %,d MB RAM; Java %s. Server and client on loopback."
                .formatted(Runtime.getRuntime().availableProcessors(),
                        ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                                .getOperatingSystemMXBean()).getTotalMemorySize() / (1024 * 1024),
                        System.getProperty("java.version")));
        line("");
        signInThroughput();
        companySignOnThroughput();
        authenticatedGets();
        Path file = Path.of("target", "bench", "identity.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }

    private void signInThroughput() throws Exception {
        Throughput throughput = measure(this::signIn);
        line("## Sign-in through the sign-in page");
        line("");
        line("%d threads for %.1f s, each sign-in a fresh session: POST /sign-in (bcrypt check, session id renewed, audit log "
                .formatted(SIGN_IN_THREADS, throughput.seconds()) + "entry), then GET /api/v1/people/me with the new session.");
        line("");
        table("sign-in page", throughput);
    }

    private void companySignOnThroughput() throws Exception {
        Throughput throughput = measure(username -> {
            TestOidcProvider.SignedIn signedIn = CompanySignOnSwitchedOn.provider()
                    .signIn(URI.create(base + "index.xhtml"), username + "@agora.example");
            assertEquals(200, signedIn.landing().statusCode(), username + " lands on the home page");
        });
        line("## Sign-in through the company's OpenID Connect provider");
        line("");
        line(("%d threads for %.1f s, each a fresh browser: GET the home page, sent to the provider, its sign-in page "
                + "posted, back to Agora with a code, which Agora exchanges for tokens it verifies (RS256), then the home "
                + "page rendered. The provider is the test double in the benchmark's JVM, so a real provider's own time "
                + "comes on top.").formatted(SIGN_IN_THREADS, throughput.seconds()));
        line("");
        table("company sign-on", throughput);
    }

    private record Throughput(int signIns, double seconds, Percentiles latency) {
    }

    private void table(String what, Throughput throughput) {
        line("| | sign-ins | sign-ins/s | p50 ms | p95 ms | p99 ms |");
        line("| --- | --- | --- | --- | --- | --- |");
        line(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |", what, throughput.signIns(),
                throughput.signIns() / throughput.seconds(), throughput.latency().p50(), throughput.latency().p95(),
                throughput.latency().p99()));
        line("");
    }

    /** Sign-ins of the demo users in turn from several threads for a while, after 40 to warm up. */
    private Throughput measure(Consumer<String> signIn) throws Exception {
        for (int i = 0; i < 40; i++) {
            signIn.accept(USERS.get(i % USERS.size()));
        }
        AtomicInteger done = new AtomicInteger();
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        long until = System.nanoTime() + SIGN_IN_SECONDS * 1_000_000_000L;
        ExecutorService threads = Executors.newFixedThreadPool(SIGN_IN_THREADS);
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < SIGN_IN_THREADS; t++) {
            int thread = t;
            running.add(threads.submit(() -> {
                for (int i = thread; System.nanoTime() < until; i += SIGN_IN_THREADS) {
                    long one = System.nanoTime();
                    signIn.accept(USERS.get(i % USERS.size()));
                    millis.add((System.nanoTime() - one) / 1e6);
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> thread : running) {
            thread.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        threads.shutdown();
        return new Throughput(done.get(), seconds, Percentiles.of(millis));
    }

    private void signIn(String username) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signedIn = send(browser, HttpRequest.newBuilder(URI.create(base + "sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=agora")).build());
        assertEquals(302, signedIn.statusCode());
        assertEquals(200, send(browser, HttpRequest.newBuilder(URI.create(base + "api/v1/people/me")).GET().build())
                .statusCode(), username + " is signed in");
    }

    private void authenticatedGets() throws IOException, InterruptedException {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        send(session, HttpRequest.newBuilder(URI.create(base + "sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=sam&password=agora")).build());
        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<String> created = send(plain, BenchHttp.basic(base, "api/v1/tokens", "sam")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Benchmark\",\"scope\":\"READ\",\"days\":1}")).build());
        assertEquals(201, created.statusCode(), created.body());
        String token = json(created).getString("secret");

        HttpRequest withSession = HttpRequest.newBuilder(URI.create(base + GET)).GET().build();
        HttpRequest withToken = HttpRequest.newBuilder(URI.create(base + GET)).header("Authorization", "Bearer " + token).GET().build();
        HttpRequest withBasic = BenchHttp.basic(base, GET, "sam").GET().build();
        for (int i = 0; i < WARM_UP; i++) {
            send(session, withSession);
            send(plain, withToken);
        }
        line("## The same authenticated GET, three ways");
        line("");
        line("`GET /%s` (the caller's unread count and latest notifications) by one client, one request at a time, "
                .formatted(GET) + "after %d warm-up requests of each. Client: round trip; app: the server's time on the answer; ".formatted(WARM_UP)
                + "auth: the server's time checking the token or password before it.");
        line("");
        line("| credentials | requests | client p50 ms | client p95 ms | app p50 ms | auth p50 ms | auth p95 ms |");
        line("| --- | --- | --- | --- | --- | --- | --- |");
        measure("session cookie (already signed in)", session, withSession, ROUNDS, false);
        measure("personal access token (Bearer)", plain, withToken, ROUNDS, true);
        measure("HTTP Basic password (bcrypt every call)", plain, withBasic, BASIC_ROUNDS, true);
        line("");
    }

    private void measure(String what, HttpClient client, HttpRequest request, int rounds, boolean timed) {
        List<Double> roundTrips = new ArrayList<>();
        List<Double> app = new ArrayList<>();
        List<Double> auth = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = send(client, request);
            roundTrips.add((System.nanoTime() - started) / 1e6);
            assertEquals(200, response.statusCode(), response.body());
            app.add(serverMillis(response));
            if (timed) {
                auth.add(serverMillis(response, "auth"));
            }
        }
        Percentiles c = Percentiles.of(roundTrips);
        Percentiles a = Percentiles.of(app);
        Percentiles au = Percentiles.of(auth);
        line(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %s | %s |", what, rounds, c.p50(), c.p95(), a.p50(),
                timed ? String.format(Locale.ROOT, "%.2f", au.p50()) : "—", timed ? String.format(Locale.ROOT, "%.2f", au.p95()) : "—"));
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
