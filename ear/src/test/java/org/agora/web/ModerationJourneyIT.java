package org.agora.web;

import java.time.Duration;
import java.util.UUID;

import org.agora.testing.AgoraClient;
import org.agora.testing.Browser;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A colleague reports a post from the feed; a moderator hides it from the queue with a reason; the log shows it. */
class ModerationJourneyIT extends DeployedAgora {

    @Test
    void aReportedPostIsHiddenByAModerator() {
        String word = "rant" + UUID.randomUUID().toString().substring(0, 6);
        long postId = AgoraClient.json(AgoraClient.as(base, "sam").publish("Marketing never does anything useful " + word))
                .getJsonNumber("id").longValue();
        ChromeDriver priya = Browser.start();
        ChromeDriver tomas = Browser.start();
        try {
            Browser.signIn(priya, base, "priya");
            WebDriverWait priyaWaits = waits(priya);
            showAllCompany(priya, priyaWaits); // priya does not follow sam
            By post = By.cssSelector("#feed [data-post-id='" + postId + "']");
            priyaWaits.until(ExpectedConditions.visibilityOfElementLocated(post))
                    .findElement(By.cssSelector(".agora-report-post")).click();
            priyaWaits.until(ExpectedConditions.visibilityOfElementLocated(By.id("reportForm:reason")))
                    .sendKeys("Insults a whole team");
            Browser.screenshot(priya, "39-report-dialog");
            priya.findElement(By.id("reportForm:sendReport")).click();
            priyaWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl-message"),
                    "A moderator will look at it"));

            Browser.signIn(tomas, base, "tomas");
            WebDriverWait tomasWaits = waits(tomas);
            tomas.findElement(By.id("nav-moderation")).click();
            By waiting = By.cssSelector(".agora-case[data-post-id='" + postId + "']");
            WebElement reported = tomasWaits.until(ExpectedConditions.visibilityOfElementLocated(waiting));
            assertTrue(reported.getText().contains("Insults a whole team"), reported.getText());
            reported.findElement(By.cssSelector(".agora-hide-reason")).sendKeys("Rule 1: no attacks on colleagues");
            Browser.screenshot(tomas, "40-moderation-queue");
            reported.findElement(By.cssSelector(".agora-hide")).click();
            tomasWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation:messages"), "Hidden."));
            tomasWaits.until(driver -> driver.findElements(waiting).isEmpty()
                    && driver.findElement(By.id("moderation:log")).getText().contains("Rule 1: no attacks on colleagues"));
            Browser.screenshot(tomas, "41-moderation-log");

            priya.navigate().refresh();
            showAllCompany(priya, priyaWaits);
            assertTrue(priya.findElements(post).isEmpty(), "the hidden post has left the feed");
        } finally {
            priya.quit();
            tomas.quit();
        }
    }

    /** Switches the home feed to every post the employee may read, and waits until it shows. */
    private static void showAllCompany(ChromeDriver browser, WebDriverWait wait) {
        By allCompany = By.xpath("//*[@id='feed:filter']//*[normalize-space(text())='All company']");
        wait.until(ExpectedConditions.elementToBeClickable(allCompany)).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("homeShowing"), "data-showing", "EVERYTHING"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#feed .agora-post")));
    }

    private static WebDriverWait waits(ChromeDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
