package org.agora.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How fast a live Q&A change reaches every open page: {@code bench.employees} demo employees sign in through the
 * sign-in form, each opens {@code bench.socketsPerEmployee} session sockets ({@code /live/qa/{id}}; 1,000 by
 * default, through one client on a small thread pool, opened 100 at a time), then {@code bench.rounds} changes are
 * made through the REST API one after another, alternately a new question and an upvote, each waiting until every
 * socket has it. Delivery latency is from just before the REST call to a socket's receipt of the change's number.
 * Run with {@code ./mvnw verify -Pbench -Dit.test=LiveQaBench}; the report goes to
 * {@code ear/target/bench/live-qa.md}.
 */
class LiveQaBench extends DeployedAgora {

    private static final String HOST = "helena";
    private static final int EMPLOYEES = Integer.getInteger("bench.employees", 50);
    private static final int SOCKETS_PER_EMPLOYEE = Integer.getInteger("bench.socketsPerEmployee", 20);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 200);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 20);
    private static final int BATCH = 100;
    private static final Duration ROUND_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

    private final StringBuilder report = new StringBuilder();
    /** Per change number: when each socket received it, in nanoseconds. */
    private final Map<Long, List<Long>> receipts = new ConcurrentHashMap<>();
    private final AtomicLong duplicates = new AtomicLong();

    @Test
    void deliveryOfNewQuestionsAndVotesToAThousandOpenPages() throws Exception {
        List<String> employees = employees();
        assertTrue(employees.size() >= 2, "employees to ask and vote: " + employees);
        Map<String, String> cookies = new ConcurrentHashMap<>();
        long signInStarted = System.nanoTime();
        for (String employee : employees) {
            cookies.put(employee, signIn(employee));
        }
        double signInSeconds = (System.nanoTime() - signInStarted) / 1e9;
        long session = schedule(signIn(HOST));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        HttpClient sockets = HttpClient.newBuilder().executor(pool).connectTimeout(Duration.ofSeconds(20)).build();
        HttpClient rest = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<WebSocket> open = Collections.synchronizedList(new ArrayList<>());
        List<Listener> listeners = new ArrayList<>();
        long openStarted = System.nanoTime();
        List<String> owners = new ArrayList<>();
        for (String employee : employees) {
            for (int i = 0; i < SOCKETS_PER_EMPLOYEE; i++) {
                owners.add(employee);
            }
        }
        AtomicInteger failedToOpen = new AtomicInteger();
        for (int from = 0; from < owners.size(); from += BATCH) {
            List<CompletableFuture<WebSocket>> batch = new ArrayList<>();
            for (String owner : owners.subList(from, Math.min(owners.size(), from + BATCH))) {
                Listener listener = new Listener();
                listeners.add(listener);
                batch.add(sockets.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20))
                        .header("Cookie", "JSESSIONID=" + cookies.get(owner))
                        .buildAsync(URI.create(base.toString().replaceFirst("^http", "ws") + "live/qa/" + session
                                + "?after=0"), listener)
                        .whenComplete((socket, failure) -> {
                            if (failure == null) {
                                open.add(socket);
                            } else {
                                failedToOpen.incrementAndGet();
                            }
                        }));
            }
            CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
        }
        double openSeconds = (System.nanoTime() - openStarted) / 1e9;
        int clients = open.size();
        assertEquals(owners.size(), clients, failedToOpen.get() + " sockets failed to open");

        List<Double> questionMillis = new ArrayList<>();
        List<Double> voteMillis = new ArrayList<>();
        List<Double> restMillis = new ArrayList<>();
        int incomplete = 0;
        long lastQuestion = -1;
        String lastAsker = null;
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            long seq = round + 1;
            boolean asking = round % 2 == 0;
            String employee = employees.get((round / 2 + (asking ? 0 : 1)) % employees.size());
            if (!asking && employee.equals(lastAsker)) {
                employee = employees.get((round / 2 + 2) % employees.size());
            }
            receipts.put(seq, Collections.synchronizedList(new ArrayList<>(clients)));
            long started = System.nanoTime();
            HttpResponse<String> answer = asking
                    ? post(rest, cookies.get(employee), "api/v1/live-sessions/" + session + "/questions",
                    Json.createObjectBuilder().add("text", "Benchmark question " + round + "?").build().toString())
                    : post(rest, cookies.get(employee), "api/v1/live-sessions/questions/" + lastQuestion + "/votes", "");
            double restCall = (System.nanoTime() - started) / 1e6;
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 201, answer.statusCode() + " " + answer.body());
            if (asking) {
                lastQuestion = BenchHttp.json(answer).getJsonNumber("id").longValue();
                lastAsker = employee;
            }
            long deadline = System.nanoTime() + ROUND_TIMEOUT.toNanos();
            while (receipts.get(seq).size() < clients && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            List<Long> received = List.copyOf(receipts.get(seq));
            if (received.size() < clients) {
                incomplete++;
            }
            if (round >= WARM_UP) {
                restMillis.add(restCall);
                List<Double> into = asking ? questionMillis : voteMillis;
                received.forEach(at -> into.add((at - started) / 1e6));
            }
            receipts.remove(seq);
        }
        open.forEach(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);

        List<Double> all = new ArrayList<>(questionMillis);
        all.addAll(voteMillis);
        Percentiles overall = Percentiles.of(all);
        line("# Live Q&A benchmark");
        line("");
        line("Machine: %d cores, %,d MB RAM; Java %s. Server and client on loopback; run %s."
                .formatted(Runtime.getRuntime().availableProcessors(),
                        ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                                .getOperatingSystemMXBean()).getTotalMemorySize() / (1024 * 1024),
                        System.getProperty("java.version"), Instant.now()));
        line("");
        line(("%d employees signed in through the sign-in form (%.1f s), %d session sockets open (%d each, %.1f s, "
                + "one client on 4 threads, %d at a time). %d changes after %d to warm up, one at a time: each waits "
                + "until every socket has it (at most %d s).").formatted(employees.size(), signInSeconds, clients,
                SOCKETS_PER_EMPLOYEE, openSeconds, BATCH, ROUNDS, WARM_UP, ROUND_TIMEOUT.toSeconds()));
        line("");
        line("## Delivery latency to every socket, from just before the REST call");
        line("");
        line("| change | deliveries | p50 ms | p95 ms | p99 ms |");
        line("| --- | --- | --- | --- | --- |");
        line(Percentiles.of(questionMillis).row("new question"));
        line(Percentiles.of(voteMillis).row("upvote"));
        line(overall.row("all"));
        line("");
        line("| the REST call that made the change | calls | p50 ms | p95 ms | p99 ms |");
        line("| --- | --- | --- | --- | --- |");
        line(Percentiles.of(restMillis).row("ask or upvote"));
        line("");
        line("Changes not delivered to every socket within the timeout: %d. Messages received twice: %d. Target p95 < 250 ms: %s."
                .formatted(incomplete, duplicates.get(), overall.p95() < 250 ? "met" : "missed"));
        Path file = Path.of("target", "bench", "live-qa.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
        assertEquals(0, duplicates.get(), "no socket receives a change twice");
    }

    /** Receipts of change numbers; a number seen twice by one socket is counted as a duplicate. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();
        private final Set<Long> seen = ConcurrentHashMap.newKeySet();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long at = System.nanoTime();
            partial.append(data);
            if (last) {
                Matcher seq = SEQ.matcher(partial);
                if (seq.find()) {
                    long number = Long.parseLong(seq.group(1));
                    if (!seen.add(number)) {
                        duplicates.incrementAndGet();
                    }
                    List<Long> times = receipts.get(number);
                    if (times != null) {
                        times.add(at);
                    }
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    /** Demo employees with no role but EMPLOYEE, as the administrator's account list finds them, and the host. */
    private List<String> employees() {
        HttpClient http = HttpClient.newHttpClient();
        Set<String> found = new LinkedHashSet<>();
        for (String letter : List.of("a", "e", "i", "o", "u", "n", "r", "s", "l", "t")) {
            if (found.size() >= EMPLOYEES) {
                break;
            }
            HttpResponse<String> accounts = BenchHttp.send(http,
                    BenchHttp.basic(base, "api/v1/accounts?q=" + letter, "alex").GET().build());
            try (var reader = Json.createReader(new java.io.StringReader(accounts.body()))) {
                reader.readArray().getValuesAs(JsonObject.class).stream()
                        .filter(account -> account.getJsonArray("roles").size() == 1
                                           && !account.getBoolean("locked", false))
                        .map(account -> account.getString("username"))
                        .filter(username -> !HOST.equals(username))
                        .forEach(found::add);
            }
        }
        return found.stream().limit(EMPLOYEES).toList();
    }

    /** Signs in through the form with redirects off, as the browser's first request does; the session cookie. */
    private String signIn(String username) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (String page : List.of("index.xhtml", "login.xhtml")) {
            http.send(HttpRequest.newBuilder(URI.create(base + page)).GET().build(), HttpResponse.BodyHandlers.discarding());
        }
        HttpResponse<Void> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=agora",
                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, signedIn.statusCode(), username + " signs in");
        assertTrue(signedIn.headers().firstValue("Location").map(to -> !to.contains("login")).orElse(false),
                username + " is not sent back to the sign-in page");
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> "JSESSIONID".equalsIgnoreCase(cookie.getName()))
                .map(HttpCookie::getValue).reduce((first, last) -> last).orElseThrow();
    }

    private long schedule(String hostCookie) {
        Instant now = Instant.now();
        String session = Json.createObjectBuilder()
                .add("title", "Benchmark session " + now)
                .add("startsAt", now.minus(Duration.ofMinutes(1)).toString())
                .add("endsAt", now.plus(Duration.ofHours(2)).toString())
                .build().toString();
        HttpResponse<String> scheduled = post(HttpClient.newHttpClient(), hostCookie, "api/v1/live-sessions", session);
        assertEquals(201, scheduled.statusCode(), scheduled.body());
        return BenchHttp.json(scheduled).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> post(HttpClient http, String cookie, String path, String json) {
        return BenchHttp.send(http, HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "JSESSIONID=" + cookie)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
