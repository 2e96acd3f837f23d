package org.agora.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What browsers are told to enforce: scripts only from Agora or with this page's nonce, no framing, no sniffing. */
class SecurityHeadersIT extends DeployedAgora {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'");

    @Test
    void everyPageAllowsOnlyItsOwnScriptsAndCannotBeFramed() throws Exception {
        HttpResponse<String> first = page("login.xhtml");
        HttpResponse<String> second = page("login.xhtml");

        String policy = first.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("default-src 'self'"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertFalse(policy.replace("style-src 'self' 'unsafe-inline'", "").contains("unsafe-inline"),
                "only styles may be inline: " + policy);
        String nonce = nonce(first);
        assertNotEquals(nonce, nonce(second), "a fresh nonce for every page");
        assertEquals("nosniff", first.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("DENY", first.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals("strict-origin-when-cross-origin", first.headers().firstValue("Referrer-Policy").orElseThrow());
        assertEquals("no-store", first.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void aSignedInPageHasNoScriptTheBrowserWouldRefuse() {
        AgoraClient sam = AgoraClient.signedIn(base, "sam");
        HttpResponse<String> home = sam.get("index.xhtml");

        assertEquals(200, home.statusCode());
        String nonce = nonce(home);
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(home.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group(1).contains("nonce=\"" + nonce + "\"") || scripts.group(1).contains("src=\""),
                    "every inline script carries the page's nonce: <script" + scripts.group(1) + ">");
        }
        assertTrue(count > 0);
        Matcher handlers = Pattern.compile("\\son(click|change|load|submit|keyup|keydown|mouseover|focus)=\"").matcher(home.body());
        assertFalse(handlers.find(), "no inline event handler attribute is left in the page");
    }

    @Test
    void apiAnswersAndUploadedFilesRunNothingAndAreNotStored() {
        for (String path : List.of("api/v1/people/me", "api/health")) {
            HttpResponse<String> answer = AgoraClient.as(base, "sam").get(path);
            String policy = answer.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(policy.startsWith("default-src 'none'") && policy.contains("sandbox"), path + ": " + policy);
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElseThrow(), path);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElseThrow(), path);
        }
    }

    private HttpResponse<String> page(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String nonce(HttpResponse<String> page) {
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), "script-src carries a nonce: " + policy);
        return nonce.group(1);
    }
}
