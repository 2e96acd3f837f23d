package org.agora.web;

import java.time.Duration;
import java.util.UUID;

import jakarta.json.Json;

import org.agora.testing.AgoraClient;
import org.agora.testing.Browser;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An open home page hears of new posts it may read and of new notices, without reloading. */
class LiveUpdatesIT extends DeployedAgora {

    @Test
    void theHomePageCountsNewReadablePostsAndTheBellRingsLive() {
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        AgoraClient marcus = AgoraClient.as(base, "marcus");
        AgoraClient sam = AgoraClient.as(base, "sam");
        long nightingale = AgoraClient.json(marcus.get("api/v1/groups/project-nightingale")).getInt("id");
        AgoraClient priya = AgoraClient.as(base, "priya");
        long samsPost = AgoraClient.json(sam.publish("Anyone up for a run at lunch?")).getJsonNumber("id").longValue();
        long tomasId = tomas.employeeId();
        long priyaId = priya.employeeId();
        assertEquals(200, sam.put("api/v1/people/" + tomasId + "/follow").statusCode());
        sam.delete("api/v1/people/" + priyaId + "/follow");
        ChromeDriver browser = Browser.start();
        try {
            Browser.signIn(browser, base, "sam");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "connected"));
            int unreadBefore = unread(browser);

            marcus.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                    .add("body", "Launch checklist, do not share").add("groupId", nightingale).build().toString());
            priya.publish("On my profile, for whoever follows me");
            String word = "live" + UUID.randomUUID().toString().substring(0, 6);
            tomas.publish("Fresh from the press: " + word);

            WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newPosts")));
            tomas.postRaw("api/v1/posts/" + samsPost + "/comments", "application/json", "{\"body\": \"Count me in!\"}");
            wait.until(driver -> unread(browser) == unreadBefore + 1);
            // each message is sent before the request that caused it returns, so every post message came before the bell's
            assertEquals("1 new post · Show", banner.getText(), "a secret group's post is not counted for an outsider, "
                    + "nor, in the Following feed, a post of a colleague sam does not follow");
            Browser.screenshot(browser, "38-live-new-post-and-bell");

            banner.click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feed"), word));
            assertTrue(browser.findElement(By.id("newPosts")).getAttribute("hidden") != null, "shown, the banner goes");
        } finally {
            browser.quit();
            sam.delete("api/v1/people/" + tomasId + "/follow");
        }
    }

    private static int unread(ChromeDriver browser) {
        return browser.findElements(By.id("unread")).stream().findFirst()
                .map(badge -> Integer.parseInt(badge.getText().replace("+", "")))
                .orElse(0);
    }
}
