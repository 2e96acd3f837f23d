package org.agora.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.postgresql.PGConnection;

/** The HTTP the benchmarks speak to the application: demo sign-in, sending, and reading what the server timed. */
final class BenchHttp {

    private BenchHttp() {
    }

    /**
     * One signed-in session per reader, by name: the form sign-in once, then its cookie, as a browser does. HTTP/1.1,
     * as browsers speak to the application.
     */
    static Map<String, HttpClient> signIn(URL base, List<String> readers) throws IOException, InterruptedException {
        Map<String, HttpClient> sessions = new ConcurrentHashMap<>();
        for (String reader : readers) {
            HttpClient session = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
            session.send(HttpRequest.newBuilder(URI.create(base + "index.xhtml")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> signedIn = session.send(HttpRequest.newBuilder(URI.create(base + "sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + reader + "&password=agora")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 200 || session.send(HttpRequest.newBuilder(URI.create(base + "api/v1/people/me"))
                    .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                throw new IllegalStateException(reader + " could not sign in: " + signedIn.statusCode());
            }
            sessions.put(reader, session);
        }
        return sessions;
    }

    /** Loads rows, as CSV, into a table of PostgreSQL with COPY. */
    static void copy(Connection db, String table, StringBuilder csv) throws SQLException, IOException {
        db.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " from stdin with (format csv, null '')", new StringReader(csv.toString()));
    }

    /** A request as a demo employee, with HTTP Basic credentials. */
    static HttpRequest.Builder basic(URL base, String path, String username) {
        String credentials = Base64.getEncoder().encodeToString((username + ":agora").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + credentials);
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How long the server says it worked on the answer, from its {@code Server-Timing} header. */
    static double serverMillis(HttpResponse<String> response) {
        return serverMillis(response, "app");
    }

    /** One named measure of the {@code Server-Timing} header: "app" (the whole answer) or "auth" (the credentials). */
    static double serverMillis(HttpResponse<String> response, String name) {
        String timing = response.headers().allValues("Server-Timing").stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::strip).filter(value -> value.startsWith(name + ";dur="))
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + name + " in Server-Timing"));
        return Double.parseDouble(timing.substring(timing.indexOf("dur=") + 4));
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
