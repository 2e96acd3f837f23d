package org.agora.web;

import java.time.Duration;
import java.util.UUID;

import org.agora.testing.Browser;
import org.agora.testing.DeployedAgora;
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

/** An author's post in the browser: a mention picked from the "@" list, a hashtag, an edit, its history, deletion. */
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
        browser.findElement(By.id("composer:publish")).click();

        By newest = By.cssSelector("#feed .agora-post:first-of-type");
        wait.until(driver -> driver.findElement(newest).getText().contains(topic));
        WebElement mention = browser.findElement(newest).findElement(By.cssSelector("a.agora-mention"));
        assertEquals("@Tomás Álvarez", mention.getText());
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
}
