package org.agora.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * A live Q&A session's WebSocket as a page opens it ({@code /live/qa/{id}?after=N}), with the session cookie of a
 * demo employee signed in through the sign-in form; every message is kept, raw and parsed, in arrival order.
 */
public final class LiveQaSocket implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<JsonObject> arrivals = new LinkedBlockingQueue<>();
    private final List<String> raw = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private WebSocket socket;

    private LiveQaSocket() {
    }

    /** Signs {@code username} in through the form, as a browser does, and returns the session cookie's value. */
    public static String sessionCookie(URL base, String username) {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            http.send(HttpRequest.newBuilder(URI.create(base + "index.xhtml")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            http.send(HttpRequest.newBuilder(URI.create(base + "sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                            + AgoraClient.DEMO_PASSWORD, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> "JSESSIONID".equalsIgnoreCase(cookie.getName()))
                .map(HttpCookie::getValue)
                .reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException("No session cookie for " + username));
    }

    /** Opens the session's socket, continuing after change {@code after}, and waits until it is open. */
    public static LiveQaSocket open(URL base, String sessionCookie, long sessionId, long after) {
        return open(HttpClient.newHttpClient(), base, sessionCookie, sessionId, after, null);
    }

    /** The same through a shared client, optionally claiming a page's {@code origin}. */
    public static LiveQaSocket open(HttpClient http, URL base, String sessionCookie, long sessionId, long after,
                                    String origin) {
        LiveQaSocket listener = new LiveQaSocket();
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "live/qa/" + sessionId + "?after=" + after);
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .header("Cookie", "JSESSIONID=" + sessionCookie);
        if (origin != null) {
            builder.header("Origin", origin);
        }
        listener.socket = builder.buildAsync(uri, listener).join();
        return listener;
    }

    /** The next message, or null when none comes within {@code timeout}. */
    public JsonObject next(Duration timeout) {
        try {
            return arrivals.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every message that arrives within {@code quiet} of the one before, after waiting up to {@code first}. */
    public List<JsonObject> drain(Duration first, Duration quiet) {
        List<JsonObject> messages = new ArrayList<>();
        JsonObject message = next(first);
        while (message != null) {
            messages.add(message);
            message = next(quiet);
        }
        return messages;
    }

    /** Every message received so far, as sent. */
    public List<String> raw() {
        return List.copyOf(raw);
    }

    /** The close code the server sent, if it closed the socket within {@code timeout}. */
    public Integer closedWith(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            raw.add(text);
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                arrivals.add(reader.readObject());
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
    }
}
