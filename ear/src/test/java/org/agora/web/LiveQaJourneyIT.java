package org.agora.web;

import java.time.Duration;
import java.util.List;

import org.agora.testing.AgoraClient;
import org.agora.testing.Browser;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.agora.testing.LiveQaFixtures.HOST;
import static org.agora.testing.LiveQaFixtures.ask;
import static org.agora.testing.LiveQaFixtures.id;
import static org.agora.testing.LiveQaFixtures.liveSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two attendees on the same live Q&A page: what one asks and upvotes, the other sees within a second, the queue
 * re-ordered in place; the question the host answers now goes to the top, highlighted, for both.
 */
class LiveQaJourneyIT extends DeployedAgora {

    private static final Duration WITHIN_A_SECOND = Duration.ofMillis(1000);

    @Test
    void oneAttendeeAsksAndUpvotesAndTheOtherSeesTheQueueReorderLive() {
        AgoraClient host = AgoraClient.signedIn(base, HOST);
        long session = liveSession(host, false, true);
        AgoraClient tomas = AgoraClient.signedIn(base, "tomas");
        long first = id(ask(tomas, session, "First in the queue: the office plans?", false));
        long second = id(ask(tomas, session, "Second in the queue: the hiring plans?", false));
        ChromeDriver sam = Browser.start();
        ChromeDriver marcus = Browser.start();
        try {
            open(sam, "sam", session);
            open(marcus, "marcus", session);
            assertEquals(List.of(first, second), order(marcus), "equal votes: the earlier question first");

            sam.findElement(By.cssSelector("li[data-id='" + second + "'] button[data-action='votes']")).click();
            new WebDriverWait(marcus, WITHIN_A_SECOND).until(driver -> order(marcus).get(0) == second);
            assertEquals("1", marcus.findElement(By.cssSelector("li[data-id='" + second + "'] .agora-qa-count")).getText());
            new WebDriverWait(sam, Duration.ofSeconds(5)).until(ExpectedConditions.attributeToBe(
                    By.cssSelector("li[data-id='" + second + "']"), "data-voted", "true"));
            Browser.screenshot(marcus, "70-live-qa-reordered-by-a-vote");

            sam.findElement(By.id("qaText")).sendKeys("Asked from the page: will we have a summer party?");
            sam.findElement(By.id("qaAnonymous")).click();
            sam.findElement(By.id("qaAskButton")).click();
            new WebDriverWait(marcus, WITHIN_A_SECOND).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("qaQueue"), "will we have a summer party?"));
            // the page re-renders its items as changes arrive: each read is one script, never a held element
            String asked = itemText(marcus, "summer party");
            assertTrue(asked.contains("Anonymous"), asked);
            assertTrue(!asked.contains("Sam Taylor"), "an anonymous question does not name its asker");

            assertEquals(200, host.postRaw("api/v1/live-sessions/questions/" + first + "/answering",
                    "application/json", "").statusCode());
            new WebDriverWait(marcus, WITHIN_A_SECOND).until(driver -> order(marcus).get(0) == first);
            assertTrue((Boolean) marcus.executeScript("return document.querySelector(\"li[data-id='" + first
                    + "']\").classList.contains('agora-qa-answering')"), "highlighted");
            String answering = itemText(marcus, "office plans");
            assertTrue(answering.contains("Answering now"), answering);
            new WebDriverWait(sam, WITHIN_A_SECOND).until(driver -> order(sam).get(0) == first);
            Browser.screenshot(sam, "71-live-qa-answering-now");
        } finally {
            sam.quit();
            marcus.quit();
        }
    }

    private void open(ChromeDriver browser, String username, long session) {
        Browser.signIn(browser, base, username);
        browser.get(base + "leadership/live.xhtml?id=" + session);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.id("qaQueue"), "data-live", "connected"));
    }

    private static List<Long> order(ChromeDriver browser) {
        List<?> ids = (List<?>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#qaQueue > li'), item => item.getAttribute('data-id'))");
        return ids.stream().map(id -> Long.valueOf(id.toString())).toList();
    }

    /** The text of the queue's item that contains {@code words}, read in one go. */
    private static String itemText(ChromeDriver browser, String words) {
        return (String) browser.executeScript("return Array.from(document.querySelectorAll('#qaQueue > li'), "
                + "item => item.innerText).find(text => text.includes(arguments[0]))", words);
    }
}
