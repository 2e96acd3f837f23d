package org.agora.web;

import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.Browser;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An employee's own account in the browser, and an administrator's roles page and audit log. */
class AccountJourneyIT extends DeployedAgora {

    /** Nobody else in the test suite signs in as these employees. */
    private static final String CHANGES_PASSWORD = "haoran.zhang";
    private static final String BECOMES_MODERATOR = "jianming.zhang";
    private static final String NEW_PASSWORD = "correct horse battery staple";

    @Test
    void anEmployeeChangesTheirPasswordSignsOutAndBackInThenMakesAndRevokesAToken() {
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait waits = new WebDriverWait(browser, Duration.ofSeconds(20));
            Browser.signIn(browser, base, CHANGES_PASSWORD);
            assertTrue(browser.findElements(By.id("nav-password")).size() == 1, "the account menu offers the password page");

            browser.get(base + "settings/password.xhtml");
            changePassword(browser, "not my password", NEW_PASSWORD);
            waits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password:messages"),
                    "Your current password is not right."));
            Browser.screenshot(browser, "60-password-wrong-current");
            changePassword(browser, AgoraClient.DEMO_PASSWORD, NEW_PASSWORD);
            waits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password:messages"),
                    "Your password is changed."));
            Browser.screenshot(browser, "61-password-changed");

            browser.findElement(By.id("signOut")).click();
            waits.until(ExpectedConditions.visibilityOfElementLocated(By.id("signedOut")));
            signIn(browser, AgoraClient.DEMO_PASSWORD);
            waits.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginError")));
            assertEquals(CHANGES_PASSWORD, browser.findElement(By.id("username")).getAttribute("value"),
                    "the username typed is kept");
            signIn(browser, NEW_PASSWORD);
            waits.until(ExpectedConditions.visibilityOfElementLocated(By.id("composer:body")));

            browser.get(base + "settings/tokens.xhtml");
            waits.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokens:name"))).sendKeys("Team dashboard");
            browser.findElement(By.id("tokens:create")).click();
            String secret = waits.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokens:secret"))).getAttribute("value");
            Browser.screenshot(browser, "62-token-created");
            AgoraClient script = AgoraClient.withBearer(base, secret);
            HttpResponse<String> me = script.get("api/v1/people/me");
            assertEquals(200, me.statusCode(), "curl with the token works");

            browser.findElement(By.id("tokens:list:0:revoke")).click();
            waits.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            waits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens:list"), "Revoked"));
            Browser.screenshot(browser, "63-token-revoked");
            assertEquals(401, script.get("api/v1/people/me").statusCode(), "the revoked token is refused");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anAdministratorMakesSomeoneAModeratorAndTheAuditLogShowsIt() {
        AgoraClient alex = AgoraClient.as(base, "alex");
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait waits = new WebDriverWait(browser, Duration.ofSeconds(20));
            Browser.signIn(browser, base, "alex");
            browser.get(base + "admin/roles.xhtml");
            waits.until(ExpectedConditions.visibilityOfElementLocated(By.id("roles:query"))).sendKeys(BECOMES_MODERATOR);
            browser.findElement(By.id("roles:find")).click();
            waits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roles:accounts"), BECOMES_MODERATOR));
            // the third box of the row is Moderator; PrimeFaces ticks it when its visible box is clicked
            browser.findElements(By.cssSelector("[id='roles:accounts:0:granted'] .ui-chkbox-box")).get(2).click();
            browser.findElement(By.id("roles:accounts:0:save")).click();
            waits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roles:messages"), "Moderator"));
            Browser.screenshot(browser, "64-roles-moderator-granted");

            JsonObject account = AgoraClient.jsonArray(alex.get("api/v1/accounts?q=" + BECOMES_MODERATOR)).getJsonObject(0);
            assertTrue(account.getJsonArray("roles").toString().contains("MODERATOR"), account.toString());

            browser.get(base + "admin/audit.xhtml");
            waits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:events"), "Roles changed"));
            assertTrue(browser.findElement(By.id("audit:events")).getText().contains(BECOMES_MODERATOR));
            Browser.screenshot(browser, "65-audit-log");

            assertEquals(403, AgoraClient.signedIn(base, "sam").get("admin/roles.xhtml").statusCode(),
                    "the roles page is for administrators only");
        } finally {
            browser.quit();
        }
    }

    private static void changePassword(ChromeDriver browser, String current, String replacement) {
        browser.findElement(By.id("password:current")).clear();
        browser.findElement(By.id("password:current")).sendKeys(current);
        browser.findElement(By.id("password:replacement")).clear();
        browser.findElement(By.id("password:replacement")).sendKeys(replacement);
        browser.findElement(By.id("password:confirmation")).clear();
        browser.findElement(By.id("password:confirmation")).sendKeys(replacement);
        browser.findElement(By.id("password:change")).click();
    }

    private static void signIn(ChromeDriver browser, String password) {
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(CHANGES_PASSWORD);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("signIn")).click();
    }
}
