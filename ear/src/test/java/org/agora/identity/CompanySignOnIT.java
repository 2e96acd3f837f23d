package org.agora.identity;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.Browser;
import org.agora.testing.CompanySignOnSwitchedOn;
import org.agora.testing.DeployedAgora;
import org.agora.testing.TestOidcProvider;
import org.jboss.as.arquillian.api.ServerSetup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Company single sign-on, switched on by configuration alone: the server is given an issuer, a client id and a secret
 * (as system properties, before Agora is deployed), and employees sign in at an OpenID Connect provider that speaks
 * the real protocol over HTTP. Their roles still come from Agora.
 */
@ServerSetup(CompanySignOnSwitchedOn.class)
class CompanySignOnIT extends DeployedAgora {

    private static TestOidcProvider provider() {
        return CompanySignOnSwitchedOn.provider();
    }

    @Test
    void anEmployeeSignsInAtTheCompanyProviderAndLandsInTheirOwnAgora() {
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait waits = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(base + "people/index.xhtml");
            waits.until(ExpectedConditions.visibilityOfElementLocated(By.id("email")));
            assertTrue(browser.getCurrentUrl().startsWith(provider().issuer()), "pages send the browser to the provider");
            // the address as the provider spells it, which need not match Agora's capitals
            browser.findElement(By.id("email")).sendKeys("Priya@Agora.Example");
            Browser.screenshot(browser, "66-company-provider-sign-in");
            browser.findElement(By.id("continue")).click();

            waits.until(ExpectedConditions.urlContains("people/index.xhtml"));
            waits.until(ExpectedConditions.visibilityOfElementLocated(By.id("accountMenu")));
            assertFalse(browser.getCurrentUrl().contains("code="), "the code does not stay in the address bar");
            Browser.screenshot(browser, "67-signed-in-through-company-provider");
            browser.get(base + "index.xhtml");
            waits.until(ExpectedConditions.visibilityOfElementLocated(By.id("composer:body")));
            assertTrue(browser.getPageSource().contains("Priya"), "the shell greets the employee the provider named");

            browser.findElement(By.id("signOut")).click();
            waits.until(ExpectedConditions.visibilityOfElementLocated(By.id("signedOut")));
            assertEquals(1, provider().signOuts(), "the provider hears of the sign-out and ends its session too");
            assertTrue(browser.findElement(By.id("companySignOn")).isDisplayed(),
                    "the sign-in page leads to the company provider first");
            Browser.screenshot(browser, "68-sign-in-page-with-company-sign-on");

            // local accounts keep their password
            browser.findElement(By.id("username")).sendKeys("sam");
            browser.findElement(By.id("password")).sendKeys(AgoraClient.DEMO_PASSWORD);
            browser.findElement(By.id("signIn")).click();
            waits.until(ExpectedConditions.visibilityOfElementLocated(By.id("composer:body")));
        } finally {
            browser.quit();
        }
    }

    @Test
    void theEmployeeIsTheOneWhoseEmailTheProviderVouchesForWithTheirAgoraRoles() {
        TestOidcProvider.SignedIn alex = provider().signIn(URI.create(base + "admin/roles.xhtml"), "alex@agora.example");
        assertEquals(200, alex.landing().statusCode(), "an administrator in Agora opens the roles page");
        assertTrue(alex.landing().body().contains("Roles"), alex.landing().body());
        JsonObject me = AgoraClient.json(AgoraClient.withSession(base, alex.http()).get("api/v1/people/me"));
        assertEquals("Alex Morgan", me.getJsonObject("person").getString("fullName"));

        TestOidcProvider.SignedIn priya = provider().signIn(URI.create(base + "admin/roles.xhtml"), "priya@agora.example");
        assertEquals(403, priya.landing().statusCode(), "the provider grants no Agora roles");
    }

    @Test
    void someoneTheProviderKnowsButAgoraDoesNotIsTurnedAwayWithAnExplanation() {
        TestOidcProvider.SignedIn stranger = provider().signIn(URI.create(base + "index.xhtml"), "contractor@elsewhere.example");
        assertEquals(403, stranger.landing().statusCode());
        assertTrue(stranger.landing().body().contains("Agora does not know this account."), stranger.landing().body());
        assertTrue(stranger.landing().body().contains("contractor@elsewhere.example"), "and says which account it is");
        assertEquals(403, AgoraClient.withSession(base, stranger.http()).get("api/v1/people/me").statusCode());

        List<JsonObject> signIns = AgoraClient.jsonArray(AgoraClient.as(base, "alex").get("api/v1/audit?action=SIGNED_IN&max=200"))
                .getValuesAs(JsonObject.class);
        assertTrue(signIns.stream().anyMatch(event -> "contractor@elsewhere.example".equals(event.getString("actor"))
                        && event.getString("details").contains("no employee")),
                "the audit log shows who signed on without an Agora profile");
    }

    @Test
    void anIdTokenSignedWithAKeyTheProviderDoesNotPublishSignsNobodyIn() {
        provider().forgeSignatures(true);
        try {
            TestOidcProvider.SignedIn forged = provider().signIn(URI.create(base + "index.xhtml"), "alex@agora.example");
            String where = forged.landing().statusCode() + " " + forged.landing().uri();
            assertFalse(forged.landing().body().contains("composer"), "no Agora page opens: " + where);
            assertEquals(401, AgoraClient.withSession(base, forged.http()).get("api/v1/people/me").statusCode(), where);
        } finally {
            provider().forgeSignatures(false);
        }
    }

    @Test
    void tokensAndPasswordsStillWorkForScripts() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        assertEquals(200, sam.get("api/v1/people/me").statusCode(), "HTTP Basic");
        HttpResponse<String> created = sam.postJson("api/v1/tokens", "{\"name\":\"Build light\",\"scope\":\"READ\",\"days\":7}");
        assertEquals(201, created.statusCode(), created.body());
        AgoraClient script = AgoraClient.withBearer(base, AgoraClient.json(created).getString("secret"));
        assertEquals(200, script.get("api/v1/people/me").statusCode(), "a personal access token");
        assertEquals(401, AgoraClient.anonymous(base).get("api/v1/people/me").statusCode(),
                "and the API answers strangers with 401, not a redirect to the provider");
    }
}
