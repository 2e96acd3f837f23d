package org.agora.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.agora.testing.AgoraClient;
import org.agora.testing.Browser;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.agora.testing.SearchAnswers;
import org.agora.testing.TestFilms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An executive uploads a film in the browser and watches the progress bar fill; a colleague subscribed to her channel
 * is told, plays it, seeks in it, and finds it by what she says, landing at that moment.
 */
class VideoJourneyIT extends DeployedAgora {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anExecutivePublishesAVideoAndAColleagueWatchesSeeksAndFindsIt() {
        AgoraClient sam = AgoraClient.signedIn(base, "sam");
        sam.put("api/v1/videos/subscriptions/" + AgoraClient.as(base, "helena").employeeId());
        String word = SearchAnswers.uniqueWord();
        String title = "Quarterly plan " + SearchAnswers.uniqueWord();

        Browser.signIn(browser, base, "helena");
        browser.get(base + "leadership/index.xhtml");
        browser.findElement(By.cssSelector(".agora-upload-video")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("film")));
        // every value the progress bar shows, kept by the page for the test to read afterwards
        browser.executeScript("""
                var bar = PF('uploadProgress'), set = bar.setValue.bind(bar);
                window.shownProgress = [];
                bar.setValue = function (value) { window.shownProgress.push(value); set(value); };""");
        browser.findElement(By.id("film")).sendKeys(TestFilms.large().toString());
        browser.findElement(By.id("upload:title")).sendKeys(title);
        browser.findElement(By.id("upload:description")).sendKeys("Where we are going next quarter, in twenty seconds.");
        browser.findElement(By.id("upload:tags")).sendKeys("planning");
        browser.findElement(By.id("upload:captions")).sendKeys(captions(word).toString());
        Browser.screenshot(browser, "80-video-uploading");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("uploadStatus"), "Give it a title and publish it"));
        @SuppressWarnings("unchecked")
        List<Number> shown = (List<Number>) browser.executeScript("return window.shownProgress");
        assertTrue(shown.stream().anyMatch(value -> value.intValue() > 0 && value.intValue() < 100),
                "the bar moved through the upload: " + shown);
        assertEquals(100, shown.get(shown.size() - 1).intValue());
        assertTrue(browser.findElement(By.id("upload:progress")).getText().contains("100%"));
        Browser.screenshot(browser, "81-video-uploaded");
        browser.findElement(By.id("upload:publish")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("player")));
        assertEquals(title, browser.findElement(By.cssSelector(".agora-video-heading")).getText());
        assertTrue(browser.findElement(By.cssSelector(".agora-transcript")).getText().contains(word));

        String videoPage = browser.getCurrentUrl();
        browser.quit();
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        Browser.signIn(browser, base, "sam");
        browser.get(base + "notifications.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Helena Virtanen published a video: " + title));
        browser.get(videoPage);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("player")));
        assertTrue(readyToPlay(), "the player loaded the film");
        browser.executeScript("var p = document.getElementById('player'); p.muted = true; p.currentTime = 14; p.play();");
        wait.until(driver -> ((Number) browser.executeScript("return document.getElementById('player').currentTime"))
                .doubleValue() >= 14.2);
        Browser.screenshot(browser, "82-video-playing-after-seek");

        browser.get(base + "search.xhtml?q=" + word);
        Eventually.within(Duration.ofSeconds(30), "the captions are found", () -> {
            browser.navigate().refresh();
            return !browser.findElements(By.cssSelector(".agora-hit-video .agora-hit-link")).isEmpty();
        });
        assertTrue(browser.findElement(By.cssSelector(".agora-hit-moment")).getText().contains("Said at 0:06"));
        Browser.screenshot(browser, "83-video-found-by-its-captions");
        browser.findElement(By.cssSelector(".agora-hit-video .agora-hit-link")).click();
        wait.until(ExpectedConditions.urlContains("t=6"));
        wait.until(driver -> ((Number) browser.executeScript("return document.getElementById('player').currentTime"))
                .doubleValue() >= 6);
        Browser.screenshot(browser, "84-video-opened-where-the-words-are-said");
    }

    private boolean readyToPlay() {
        wait.until(driver -> ((Number) browser.executeScript("return document.getElementById('player').readyState"))
                .intValue() >= 1);
        Map<?, ?> state = (Map<?, ?>) browser.executeScript("var p = document.getElementById('player');"
                + "return {duration: p.duration, error: p.error ? p.error.code : 0};");
        return ((Number) state.get("duration")).doubleValue() > 19 && ((Number) state.get("error")).intValue() == 0;
    }

    private static Path captions(String word) {
        try {
            Path file = Files.createTempFile("captions", ".vtt");
            Files.writeString(file, """
                    WEBVTT

                    00:00.500 --> 00:05.000
                    Good morning. Here is the plan for the quarter.

                    00:06.000 --> 00:10.000
                    First, the %s launch in every region.
                    """.formatted(word));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
