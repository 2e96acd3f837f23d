package org.agora.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Another site's page cannot act with an employee's session: a page form post needs the view state the page
 * handed out, and an API write from a foreign origin is refused.
 */
class CrossSiteRequestsIT extends DeployedAgora {

    /** Nobody else in the test suite signs in as this employee. */
    private static final String EMPLOYEE = "shufen.zhang";

    @Test
    void aPageFormPostedWithoutThePagesViewStateChangesNothing() throws Exception {
        HttpClient browser = signedIn();
        HttpResponse<String> page = get(browser, "settings/tokens.xhtml");
        assertEquals(200, page.statusCode());
        String viewState = field(page.body(), "jakarta.faces.ViewState");
        String nonce = field(page.body(), "primefaces.nonce", nonce(page));
        int before = tokens(browser);

        HttpResponse<String> forged = post(browser, "settings/tokens.xhtml", form(nonce, "stateless-forgery", "Forged"));
        assertEquals(200, forged.statusCode(), "the browser is sent to a fresh copy of the page");
        assertEquals(base + "settings/tokens.xhtml", forged.uri().toString());
        assertFalse(forged.body().contains("Exception"), "a page, never a stack trace");
        assertEquals(before, tokens(browser), "a post with a made-up view state creates nothing");

        post(browser, "settings/tokens.xhtml", form(nonce, viewState, "Genuine"));
        assertEquals(before + 1, tokens(browser), "the same post with the page's own view state does");
    }

    @Test
    void anApiWriteFromAnotherSitesPageIsRefusedEvenWithTheSessionCookie() throws Exception {
        HttpClient browser = signedIn();
        String json = "{\"body\":\"Posted by a page of another site\"}";

        HttpResponse<String> foreign = browser.send(HttpRequest.newBuilder(URI.create(base + "api/v1/posts"))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, foreign.statusCode(), foreign.body());

        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        HttpResponse<String> same = browser.send(HttpRequest.newBuilder(URI.create(base + "api/v1/posts"))
                .header("Content-Type", "application/json").header("Origin", own)
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"Posted from Agora itself\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, same.statusCode(), same.body());
    }

    private String form(String nonce, String viewState, String name) {
        return "tokens=tokens&tokens%3Aname=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&tokens%3Ascope_input=READ&tokens%3Adays_input=30&tokens%3Acreate=tokens%3Acreate"
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8);
    }

    private HttpClient signedIn() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> signIn = post(browser, "sign-in", "username=" + EMPLOYEE + "&password=" + AgoraClient.DEMO_PASSWORD);
        assertEquals(200, signIn.statusCode());
        assertEquals(200, get(browser, "api/v1/people/me").statusCode());
        return browser;
    }

    private int tokens(HttpClient browser) throws Exception {
        HttpResponse<String> list = get(browser, "api/v1/tokens");
        assertEquals(200, list.statusCode());
        return AgoraClient.jsonArray(list).size();
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient browser, String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String nonce(HttpResponse<String> page) {
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(nonce.find());
        return nonce.group(1);
    }

    private static String field(String html, String name) {
        return field(html, name, null);
    }

    private static String field(String html, String name, String fallback) {
        Matcher value = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]+)\"").matcher(html);
        if (value.find()) {
            return value.group(1);
        }
        if (fallback != null) {
            return fallback;
        }
        throw new AssertionError(name + " not found in the page");
    }
}
