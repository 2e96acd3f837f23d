package org.agora.web;

import java.time.Duration;
import java.util.UUID;

import org.agora.testing.AgoraClient;
import org.agora.testing.Browser;
import org.agora.testing.DeployedAgora;
import org.agora.testing.TestPictures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An author's post in the browser: a mention picked from the "@" list, a hashtag, an image shown inline, an edit, its
 * history, deletion.
 */
class PostJourneyIT extends DeployedAgora {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anAuthorMentionsAColleagueTagsATopicEditsAndDeletesThePost() {
        Browser.signIn(browser, base, "sam");
        String topic = "roadmap" + UUID.randomUUID().toString().substring(0, 6);
        WebElement composer = browser.findElement(By.id("composer:body"));
        composer.sendKeys("Thanks @tom");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".agora-mention-list"), "Tomás Álvarez"));
        Browser.screenshot(browser, "30-mention-suggestions");
        composer.sendKeys(Keys.ENTER);
        assertEquals("Thanks @tomas ", composer.getAttribute("value"), "the chosen colleague is written as @username");
        composer.sendKeys("for the #" + topic + " review.");
        browser.findElement(By.cssSelector("#composer input[type=file]"))
                .sendKeys(TestPictures.pictureFile("whiteboard.png", 1200, 800, "png").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#composer .agora-draft-attachment img")));
        Browser.screenshot(browser, "30b-image-attached-in-composer");
        browser.findElement(By.id("composer:publish")).click();

        By newest = By.cssSelector("#feed .agora-post:first-of-type");
        wait.until(driver -> driver.findElement(newest).getText().contains(topic));
        WebElement mention = browser.findElement(newest).findElement(By.cssSelector("a.agora-mention"));
        assertEquals("@Tomás Álvarez", mention.getText());
        WebElement image = browser.findElement(newest).findElement(By.cssSelector(".agora-attached-image img"));
        wait.until(driver -> ((Number) browser.executeScript("return arguments[0].naturalWidth", image)).intValue() == 720);
        assertTrue(browser.findElements(By.cssSelector("#composer .agora-draft-attachment")).isEmpty(),
                "posted, the composer starts empty again");
        Browser.screenshot(browser, "31-post-with-mention-and-hashtag");

        browser.findElement(newest).findElement(By.cssSelector(".agora-edit-post")).click();
        WebElement editor = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#feed .agora-post-editor textarea")));
        assertEquals("Thanks @tomas for the #" + topic + " review.", editor.getAttribute("value"), "the author edits what they typed");
        editor.sendKeys(Keys.END, " Slides are on the wiki.");
        browser.findElement(By.cssSelector("#feed [id$='saveEdit']")).click();
        wait.until(driver -> driver.findElement(newest).getText().contains("Slides are on the wiki."));
        assertTrue(browser.findElement(newest).findElement(By.cssSelector(".agora-edited")).isDisplayed());

        browser.findElement(newest).findElement(By.cssSelector(".agora-edited")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "Before it was edited"));
        assertTrue(browser.findElement(By.id("history")).getText().contains("Thanks @Tomás Álvarez for the #" + topic + " review."));
        Browser.screenshot(browser, "32-post-edit-history");

        browser.findElement(By.cssSelector("#feed a.agora-hashtag")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tagged"), "Slides are on the wiki."));
        Browser.screenshot(browser, "33-hashtag-topic-page");

        browser.navigate().back();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#feed .agora-delete-post"))).click();
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feed"), "This post was deleted."));
    }

    @Test
    void anAuthorAsksAndAcceptsAnAnswerRunsAPollAndPinsAnAnnouncement() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        String word = UUID.randomUUID().toString().substring(0, 6);
        Browser.signIn(browser, base, "sam");
        chooseKind("Question");
        browser.findElement(By.id("composer:body")).sendKeys("Which VPN profile works from the Lisbon office? " + word);
        browser.findElement(By.id("composer:publish")).click();
        By newest = By.cssSelector("#feed .agora-post:first-of-type");
        wait.until(driver -> driver.findElement(newest).getText().contains(word));
        assertTrue(browser.findElement(newest).findElement(By.cssSelector(".agora-kind-question")).getText().contains("Question"));
        long question = Long.parseLong(browser.findElement(newest).getAttribute("data-post-id"));
        AgoraClient.as(base, "tomas").postRaw("api/v1/posts/" + question + "/comments", "application/json",
                "{\"body\": \"Use the 'EU split tunnel' profile.\"}");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.elementToBeClickable(browser.findElement(newest).findElement(By.cssSelector("[id$='toggleComments']")))).click();
        wait.until(driver -> driver.findElement(newest).findElement(By.cssSelector(".agora-accept"))).click();
        wait.until(driver -> driver.findElement(newest).getText().contains("Accepted answer"));
        assertEquals("Answered", browser.findElement(newest).findElement(By.cssSelector(".agora-kind-question")).getText());
        Browser.screenshot(browser, "35-question-answered");

        chooseKind("Poll");
        browser.findElement(By.id("composer:body")).sendKeys("Team lunch on Friday? " + word);
        var options = browser.findElements(By.cssSelector("#composer .agora-poll-option-input"));
        options.get(0).sendKeys("Ramen");
        options.get(1).sendKeys("Tacos");
        browser.findElement(By.id("composer:publish")).click();
        wait.until(driver -> driver.findElement(newest).getText().contains("Team lunch on Friday? " + word));
        browser.findElement(newest).findElement(By.xpath(".//label[text()='Tacos']")).click();
        browser.findElement(newest).findElement(By.cssSelector(".agora-vote")).click();
        wait.until(driver -> driver.findElement(newest).findElements(By.cssSelector(".agora-poll-result")).size() == 2);
        assertTrue(browser.findElement(newest).findElement(By.cssSelector(".agora-my-choice")).getText().contains("Tacos"));
        assertTrue(browser.findElement(newest).getText().contains("100%"));
        Browser.screenshot(browser, "36-poll-voted");

        String slug = AgoraClient.json(sam.postRaw("api/v1/groups", "application/json",
                "{\"name\": \"Office Life " + word + "\", \"visibility\": \"PUBLIC\"}")).getString("slug");
        browser.get(base + "groups/view.xhtml?slug=" + slug);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("composer:body")));
        chooseKind("Announcement");
        browser.findElement(By.id("composer:body")).sendKeys("The kitchen is closed for cleaning on Wednesday.");
        browser.findElement(By.id("composer:publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pinned"), "Pinned announcement"));
        Browser.screenshot(browser, "37-announcement-pinned");
        browser.findElement(By.cssSelector("#pinned .agora-unpin")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("composer:messages"), "Unpinned"));
    }

    private void chooseKind(String label) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[@id='composer:kind']//span[text()='" + label + "']/.."))).click();
        // the composer is drawn again for the kind: its placeholder says what to write
        String placeholder = switch (label) {
            case "Question" -> "What do you want to know?";
            case "Poll" -> "What do you ask?";
            default -> "What should everyone know?";
        };
        wait.until(driver -> driver.findElement(By.id("composer:body")).getAttribute("placeholder").startsWith(placeholder));
    }
}
