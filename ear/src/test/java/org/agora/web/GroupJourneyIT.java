package org.agora.web;

import java.time.Duration;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.Browser;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Running a group in the browser: create it, invite a colleague who accepts from the bell, let in one who asked. */
class GroupJourneyIT extends DeployedAgora {

    @Test
    void anEmployeeCreatesAPrivateGroupAndTheInvitedColleagueAcceptsFromTheBell() {
        String name = "Coffee Roasters " + UUID.randomUUID().toString().substring(0, 6);
        ChromeDriver sam = Browser.start();
        ChromeDriver tomas = Browser.start();
        try {
            Browser.signIn(sam, base, "sam");
            sam.get(base + "groups/index.xhtml");
            WebDriverWait samWaits = waits(sam);
            sam.findElement(By.id("newGroup")).click();
            samWaits.until(ExpectedConditions.visibilityOfElementLocated(By.id("create:name"))).sendKeys(name);
            sam.findElement(By.id("create:description")).sendKeys("Beans, grinders and the office machine.");
            sam.findElement(By.cssSelector("label[for='create:visibility:1']")).click();
            Browser.screenshot(sam, "25-group-new");
            sam.findElement(By.id("create:createGroup")).click();

            samWaits.until(ExpectedConditions.urlContains("groups/view.xhtml"));
            String header = samWaits.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".agora-group-header"))).getText();
            assertTrue(header.contains(name) && header.contains("You own it") && header.contains("Private"), header);

            sam.findElement(By.id("members:invitee_input")).sendKeys("Tomás");
            samWaits.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#members\\:invitee_panel tr.ui-autocomplete-item"))).click();
            sam.findElement(By.id("members:invite")).click();
            samWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("composer:messages"),
                    "Tomás Álvarez is invited."));
            samWaits.ignoring(StaleElementReferenceException.class).until(driver ->
                    driver.findElement(By.cssSelector(".agora-pending")).getText().contains("Invited"));
            Browser.screenshot(sam, "26-group-invitation-sent");

            Browser.signIn(tomas, base, "tomas");
            WebDriverWait tomasWaits = waits(tomas);
            tomas.findElement(By.id("bell")).click();
            tomasWaits.until(ExpectedConditions.elementToBeClickable(
                    By.partialLinkText("Sam Taylor invited you to join " + name))).click();
            tomasWaits.until(ExpectedConditions.elementToBeClickable(By.id("composer:join")));
            assertTrue(tomas.findElement(By.id("composer:invitation")).getText().contains("You are invited"));
            Browser.screenshot(tomas, "27-group-invitation-received");
            tomas.findElement(By.id("composer:join")).click();
            tomasWaits.ignoring(StaleElementReferenceException.class).until(driver ->
                    driver.findElement(By.cssSelector(".agora-group-header")).getText().contains("You are a member"));
            assertTrue(tomas.findElement(By.id("composer:body")).isDisplayed(), "a member may post");

            sam.navigate().refresh();
            samWaits.until(driver -> driver.findElement(By.id("members")).getText().contains("Tomás Álvarez"));
        } finally {
            sam.quit();
            tomas.quit();
        }
    }

    @Test
    void anOwnerLetsInAColleagueWhoAskedToJoin() {
        AgoraClient samApi = AgoraClient.as(base, "sam");
        String name = "Tea Tasting " + UUID.randomUUID().toString().substring(0, 6);
        JsonObject group = AgoraClient.json(samApi.postRaw("api/v1/groups", "application/json", Json.createObjectBuilder()
                .add("name", name).add("visibility", "PRIVATE").build().toString()));
        assertEquals("REQUEST", AgoraClient.json(AgoraClient.as(base, "priya")
                .put("api/v1/groups/" + group.getInt("id") + "/membership")).getString("pending"));
        ChromeDriver sam = Browser.start();
        try {
            Browser.signIn(sam, base, "sam");
            WebDriverWait waits = waits(sam);
            sam.findElement(By.id("bell")).click();
            waits.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Priya Raman asks to join " + name))).click();
            waits.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".agora-pending"), "Asks to join"));
            Browser.screenshot(sam, "28-group-request-waiting");

            sam.findElement(By.cssSelector(".agora-pending .agora-approve")).click();

            waits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("composer:messages"), "Priya Raman is a member now."));
            waits.ignoring(StaleElementReferenceException.class).until(driver ->
                    driver.findElements(By.cssSelector(".agora-pending")).isEmpty()
                    && driver.findElement(By.id("members")).getText().contains("Priya Raman"));
            Browser.screenshot(sam, "29-group-request-approved");
        } finally {
            sam.quit();
        }
        assertTrue(AgoraClient.json(AgoraClient.as(base, "priya").get("api/v1/groups/" + group.getString("slug")))
                .getBoolean("member"));
    }

    private static WebDriverWait waits(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }
}
