package org.agora.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenID Connect provider that speaks the real protocol over HTTP, for the tests of company single sign-on:
 * discovery, a JSON Web Key Set, the authorization code flow with a sign-in page that asks only for an e-mail address,
 * and a token endpoint that checks the client's secret and returns RS256-signed ID and access tokens.
 * It can be told to sign with a key it does not publish, as a forger would.
 */
public final class TestOidcProvider implements AutoCloseable {

    public static final String CLIENT_ID = "agora";
    public static final String CLIENT_SECRET = "test-client-secret";
    private static final String KEY_ID = "test-key-1";

    private final HttpServer server;
    private final KeyPair published;
    private final KeyPair forgersKey;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final Set<String> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger signOuts = new AtomicInteger();
    private volatile boolean forging;

    private record Grant(String email, String nonce, String redirectUri) {
    }

    private TestOidcProvider(HttpServer server) throws GeneralSecurityException {
        this.server = server;
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        this.published = generator.generateKeyPair();
        this.forgersKey = generator.generateKeyPair();
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, 200, discovery()));
        server.createContext("/jwks", exchange -> json(exchange, 200, keySet()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/logout", this::logout);
    }

    /** Starts a provider on a free loopback port. */
    public static TestOidcProvider start() {
        try {
            TestOidcProvider provider = new TestOidcProvider(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            provider.server.start();
            return provider;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot start the test OpenID Connect provider", e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From now on, tokens are signed with a key the provider does not publish. */
    public void forgeSignatures(boolean forging) {
        this.forging = forging;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private JsonObject discovery() {
        return Json.createObjectBuilder()
                .add("issuer", issuer())
                .add("authorization_endpoint", issuer() + "/authorize")
                .add("token_endpoint", issuer() + "/token")
                .add("jwks_uri", issuer() + "/jwks")
                .add("end_session_endpoint", issuer() + "/logout")
                .add("response_types_supported", Json.createArrayBuilder().add("code"))
                .add("subject_types_supported", Json.createArrayBuilder().add("public"))
                .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
                .add("token_endpoint_auth_methods_supported", Json.createArrayBuilder().add("client_secret_basic"))
                .add("code_challenge_methods_supported", Json.createArrayBuilder().add("S256"))
                .build();
    }

    private JsonObject keySet() {
        RSAPublicKey key = (RSAPublicKey) published.getPublic();
        return Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("kty", "RSA").add("use", "sig").add("alg", "RS256").add("kid", KEY_ID)
                        .add("n", base64Url(unsigned(key.getModulus())))
                        .add("e", base64Url(unsigned(key.getPublicExponent())))))
                .build();
    }

    /** GET shows the provider's sign-in page; POST signs in and sends the browser back with a code. */
    private void authorize(HttpExchange exchange) throws IOException {
        if ("GET".equals(exchange.getRequestMethod())) {
            String query = exchange.getRequestURI().getRawQuery();
            Map<String, String> params = form(query);
            if (!CLIENT_ID.equals(params.get("client_id")) || !"code".equals(params.get("response_type"))) {
                html(exchange, 400, "<p id='error'>Unknown client or response type</p>");
                return;
            }
            html(exchange, 200, """
                    <title>Example Corp sign-in</title>
                    <h1>Example Corp</h1>
                    <form method='post' action='/authorize'>
                      <input type='hidden' name='request' value='%s'>
                      <label for='email'>Work e-mail</label> <input id='email' name='email' type='email'>
                      <button id='continue' type='submit'>Continue</button>
                    </form>""".formatted(query.replace("'", "%27")));
            return;
        }
        Map<String, String> submitted = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, String> request = form(submitted.get("request"));
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(submitted.get("email"), request.get("nonce"), request.get("redirect_uri")));
        String back = request.get("redirect_uri");
        String location = back + (back.contains("?") ? "&" : "?") + "code=" + code + "&state="
                + URLEncoder.encode(request.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** Exchanges a code, once, for tokens; the client proves itself with its secret (client_secret_basic). */
    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> params = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            json(exchange, 401, Json.createObjectBuilder().add("error", "invalid_client").build());
            return;
        }
        Grant grant = grants.remove(String.valueOf(params.get("code")));
        if (grant == null || !grant.redirectUri().equals(params.get("redirect_uri"))) {
            json(exchange, 400, Json.createObjectBuilder().add("error", "invalid_grant").build());
            return;
        }
        long now = Instant.now().getEpochSecond();
        String session = UUID.randomUUID().toString();
        sessions.add(session);
        String subject = UUID.nameUUIDFromBytes(grant.email().getBytes(StandardCharsets.UTF_8)).toString();
        var idToken = Json.createObjectBuilder()
                .add("iss", issuer()).add("sub", subject).add("aud", CLIENT_ID).add("azp", CLIENT_ID)
                .add("iat", now).add("exp", now + 300).add("auth_time", now)
                .add("email", grant.email()).add("email_verified", true);
        if (grant.nonce() != null) {
            idToken.add("nonce", grant.nonce());
        }
        var accessToken = Json.createObjectBuilder()
                .add("iss", issuer()).add("sub", subject).add("aud", CLIENT_ID).add("azp", CLIENT_ID)
                .add("iat", now).add("exp", now + 300).add("email", grant.email()).add("scope", "openid email profile");
        json(exchange, 200, Json.createObjectBuilder()
                .add("access_token", signed(accessToken.build()))
                .add("id_token", signed(idToken.build()))
                .add("refresh_token", session)
                .add("token_type", "Bearer")
                .add("expires_in", 300)
                .build());
    }

    /** Back-channel sign-out: the client ends the session its refresh token stands for. */
    private void logout(HttpExchange exchange) throws IOException {
        Map<String, String> params = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (sessions.remove(String.valueOf(params.get("refresh_token")))) {
            signOuts.incrementAndGet();
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    /** How many sessions clients have ended here. */
    public int signOuts() {
        return signOuts.get();
    }

    private String signed(JsonObject claims) {
        String header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", KEY_ID).build().toString();
        String content = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            PrivateKey key = (forging ? forgersKey : published).getPrivate();
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key, new SecureRandom());
            rs256.update(content.getBytes(StandardCharsets.US_ASCII));
            return content + "." + base64Url(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> params = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void json(HttpExchange exchange, int status, JsonObject body) throws IOException {
        send(exchange, status, "application/json", body.toString());
    }

    private static void html(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "text/html; charset=UTF-8", "<!DOCTYPE html>" + body);
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        try (InputStream ignored = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            out.write(bytes);
        }
    }

    /** What a browser holds after signing in through the provider: its cookies, and the page it landed on. */
    public record SignedIn(HttpClient http, HttpResponse<String> landing) {
    }

    /**
     * Opens {@code page} of Agora as a browser would, is sent to this provider, signs in as {@code email} and follows
     * the redirects back.
     */
    public SignedIn signIn(URI page, String email) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        try {
            HttpResponse<String> providerPage = http.send(HttpRequest.newBuilder(page).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (!providerPage.uri().toString().startsWith(issuer())) {
                throw new IllegalStateException(page + " did not lead to the provider but to " + providerPage.uri());
            }
            String form = "request=" + URLEncoder.encode(providerPage.uri().getRawQuery(), StandardCharsets.UTF_8)
                    + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8);
            HttpResponse<String> landing = http.send(HttpRequest.newBuilder(URI.create(issuer() + "/authorize"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            return new SignedIn(http, landing);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
