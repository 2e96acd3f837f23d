package org.agora.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * Calls Agora's REST API over HTTP as one demo employee, with HTTP Basic credentials, or with a token as scripts and
 * identity providers do.
 */
public final class AgoraClient {

    public static final String DEMO_PASSWORD = "agora";

    private final HttpClient http;
    private final URI base;
    private final String authorization;

    private AgoraClient(URL base, String authorization) {
        this(base, authorization, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    /** {@code authorization} is the Authorization header's value; null sends none. */
    private AgoraClient(URL base, String authorization, HttpClient http) {
        this.http = http;
        this.base = URI.create(base.toString());
        this.authorization = authorization;
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A demo employee signed in once through the login form, as a browser is: later calls carry the session cookie
     * instead of credentials, so the server checks the (deliberately slow) password hash once rather than per call.
     * For tests that write a lot.
     */
    public static AgoraClient signedIn(URL base, String username) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        AgoraClient client = new AgoraClient(base, null, http);
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + DEMO_PASSWORD;
        HttpResponse<String> signIn = client.send(client.request("sign-in")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        HttpResponse<String> me = client.get("api/v1/people/me");
        if (me.statusCode() != 200) {
            throw new IllegalStateException("Signing in as " + username + " answered " + signIn.statusCode()
                    + ", then " + me.statusCode() + " " + me.body());
        }
        return client;
    }

    /** A demo employee, signed in with the demo password. */
    public static AgoraClient as(URL base, String username) {
        return new AgoraClient(base, basic(username, DEMO_PASSWORD));
    }

    public static AgoraClient withPassword(URL base, String username, String password) {
        return new AgoraClient(base, basic(username, password));
    }

    /** Whoever the token speaks for, as a script or an identity provider calls: {@code Authorization: Bearer agora_…}. */
    public static AgoraClient withBearer(URL base, String secret) {
        return new AgoraClient(base, "Bearer " + secret);
    }

    /** Calls with whatever session {@code http} holds, as a browser that signed in elsewhere (single sign-on) does. */
    public static AgoraClient withSession(URL base, HttpClient http) {
        return new AgoraClient(base, null, http);
    }

    public static AgoraClient anonymous(URL base) {
        return new AgoraClient(base, null);
    }

    public HttpResponse<String> publish(String body) {
        String json = Json.createObjectBuilder().add("body", body).build().toString();
        return send(request("api/v1/posts").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> postRaw(String path, String contentType, String content) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(content)));
    }

    public HttpResponse<String> search(String query) {
        return get("api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return postRaw(path, "application/json", json);
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> putRaw(String path, String contentType, String content) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(content)));
    }

    public HttpResponse<String> patchRaw(String path, String contentType, String content) {
        return send(request(path).header("Content-Type", contentType)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(content)));
    }

    public HttpResponse<String> postBytes(String path, String contentType, byte[] content) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** {@code headers} in pairs of name and value, such as "Upload-Offset", "0". */
    public HttpResponse<String> putBytes(String path, String contentType, byte[] content, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public HttpResponse<String> head(String path) {
        return send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    /** {@code headers} in pairs of name and value, such as "Range", "bytes=0-99". */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        try {
            HttpRequest.Builder request = request(path).GET();
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> put(String path) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Who is listed under a topic, full name to id, read from the database (so at once, no indexing wait). */
    public Map<String, Long> experts(String tag) {
        HttpResponse<String> response = get("api/v1/expertise/" + tag + "/people?limit=200");
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().stream()
                    .map(expert -> expert.asJsonObject().getJsonObject("person"))
                    .collect(Collectors.toMap(person -> person.getString("fullName"),
                            person -> person.getJsonNumber("id").longValue()));
        }
    }

    /** The id of the employee this client signs in as. */
    public long employeeId() {
        return json(get("api/v1/people/me")).getJsonObject("person").getJsonNumber("id").longValue();
    }

    public static JsonArray jsonArray(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
