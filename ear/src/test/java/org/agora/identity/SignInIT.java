package org.agora.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in: the session it starts, the lockout after wrong passwords and the way back from it. */
class SignInIT extends DeployedAgora {

    /** Nobody else in the test suite signs in as this employee, so locking the account disturbs no other test. */
    private static final String LOCKED_OUT = "boonkeng.zhang";

    @Test
    void signingInGivesANewSessionIdSoOnePlantedBeforehandIsWorthless() throws Exception {
        Browserless browser = new Browserless();
        browser.get("index.xhtml");
        String before = browser.sessionId().orElseThrow(() -> new AssertionError("the sign-in page starts a session"));

        HttpResponse<String> signIn = browser.signIn("sam", AgoraClient.DEMO_PASSWORD, null);

        assertEquals(302, signIn.statusCode());
        String after = browser.sessionId().orElseThrow();
        assertNotEquals(before, after, "the session id changes on sign-in");
        assertEquals(200, browser.get("api/v1/people/me").statusCode(), "the new session is signed in");
        Browserless attacker = new Browserless();
        attacker.plantSession(before);
        assertEquals(401, attacker.get("api/v1/people/me").statusCode(), "the planted session id is not signed in");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStaysOnTheSite() throws Exception {
        Browserless browser = new Browserless();
        HttpResponse<String> signIn = browser.signIn("sam", AgoraClient.DEMO_PASSWORD, null);

        String cookie = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void theServersOwnLoginFormCannotBeUsedToGoAroundTheLockout() throws Exception {
        Browserless browser = new Browserless();
        HttpResponse<String> response = browser.postForm("j_security_check", "j_username=sam&j_password=agora");

        assertEquals(404, response.statusCode());
        assertEquals(401, browser.get("api/v1/people/me").statusCode());
    }

    @Test
    void afterSigningInTheEmployeeReturnsToThePageTheyAskedForButNeverToAnotherSite() throws Exception {
        Browserless asked = new Browserless();
        HttpResponse<String> loginPage = asked.get("groups/index.xhtml?tab=mine");
        assertTrue(loginPage.body().contains("name=\"next\" value=\"/groups/index.xhtml?tab=mine\""),
                "the sign-in page remembers the page asked for");
        assertEquals(base + "groups/index.xhtml?tab=mine",
                asked.signIn("sam", AgoraClient.DEMO_PASSWORD, "/groups/index.xhtml?tab=mine").headers()
                        .firstValue("Location").orElseThrow());

        for (String elsewhere : new String[] {"//evil.example/phish", "https://evil.example/", "/\\evil.example"}) {
            HttpResponse<String> signIn = new Browserless().signIn("sam", AgoraClient.DEMO_PASSWORD, elsewhere);
            assertEquals(base.toString(), signIn.headers().firstValue("Location").orElseThrow(), elsewhere);
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEverywhereUntilAnAdministratorUnlocksIt() throws Exception {
        AgoraClient alex = AgoraClient.as(base, "alex");
        long accountId = account(alex, LOCKED_OUT).getJsonNumber("id").longValue();

        for (int attempt = 1; attempt < 5; attempt++) {
            HttpResponse<String> wrong = new Browserless().signIn(LOCKED_OUT, "not-the-password", null);
            assertTrue(wrong.headers().firstValue("Location").orElseThrow().contains("failed=true"), "attempt " + attempt);
        }
        HttpResponse<String> fifth = new Browserless().signIn(LOCKED_OUT, "not-the-password", null);
        assertTrue(fifth.headers().firstValue("Location").orElseThrow().contains("locked="), "the fifth locks");

        Browserless rightPassword = new Browserless();
        HttpResponse<String> refused = rightPassword.signIn(LOCKED_OUT, AgoraClient.DEMO_PASSWORD, null);
        assertTrue(refused.headers().firstValue("Location").orElseThrow().contains("locked="),
                "even the right password is refused while locked");
        assertEquals(401, rightPassword.get("api/v1/people/me").statusCode());
        HttpResponse<String> page = rightPassword.get(refused.headers().firstValue("Location").orElseThrow()
                .substring(base.toString().length()));
        assertTrue(page.body().contains("This account is locked for 15 more minutes"), "the page says why and for how long");

        HttpResponse<String> basic = AgoraClient.as(base, LOCKED_OUT).get("api/v1/people/me");
        assertEquals(401, basic.statusCode(), "API calls with the password are refused too");
        assertTrue(AgoraClient.json(basic).getString("detail").contains("locked"), basic.body());
        assertTrue(account(alex, LOCKED_OUT).getBoolean("locked"), "administrators see the lock");
        assertTrue(alex.get("api/v1/audit?action=ACCOUNT_LOCKED").body().contains("\"subject\":\"" + LOCKED_OUT + "\""),
                "the lock is in the audit log");

        assertEquals(403, AgoraClient.as(base, "sam").postRaw("api/v1/accounts/" + accountId + "/unlock", "application/json", "")
                .statusCode(), "only administrators unlock");
        HttpResponse<String> unlocked = alex.postRaw("api/v1/accounts/" + accountId + "/unlock", "application/json", "");
        assertEquals(200, unlocked.statusCode(), unlocked.body());
        assertFalse(AgoraClient.json(unlocked).getBoolean("locked"));
        assertEquals(200, AgoraClient.as(base, LOCKED_OUT).get("api/v1/people/me").statusCode(), "the password works again");
        assertTrue(alex.get("api/v1/audit?action=ACCOUNT_UNLOCKED").body().contains(LOCKED_OUT));
    }

    @Test
    void aWrongPasswordOverTheApiIsAProblemDetailNeverTheLoginPage() {
        HttpResponse<String> response = AgoraClient.withPassword(base, "sam", "wrong").get("api/v1/people/me");

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
        assertEquals("Wrong username or password.", AgoraClient.json(response).getString("detail"));
    }

    private static JsonObject account(AgoraClient admin, String username) {
        HttpResponse<String> found = admin.get("api/v1/accounts?q=" + username);
        assertEquals(200, found.statusCode(), found.body());
        return AgoraClient.jsonArray(found).stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("username").equals(username)).findFirst().orElseThrow();
    }

    /** A client that keeps cookies and does not follow redirects, as a test of what a browser is told. */
    private final class Browserless {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String username, String password, String next) throws IOException, InterruptedException {
            return postForm("sign-in", "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8)
                    + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        }

        HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        Optional<String> sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst();
        }

        void plantSession(String id) {
            HttpCookie cookie = new HttpCookie("JSESSIONID", id);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(URI.create(base.toString()), cookie);
        }
    }
}
