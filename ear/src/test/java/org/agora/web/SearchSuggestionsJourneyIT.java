package org.agora.web;

import java.time.Duration;
import java.util.List;

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

/**
 * The top bar suggests colleagues, groups and topics while typing: choosing one opens its page, by keyboard or mouse,
 * and Enter without a choice still searches for the text.
 */
class SearchSuggestionsJourneyIT extends DeployedAgora {

    private static final By SUGGESTIONS = By.id("topSuggestions");

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aMemberPicksHerSecretGroupFromTheSuggestionsWithTheKeyboard() {
        Browser.signIn(browser, base, "marcus");
        List<WebElement> groups = typeUntilSuggested("nighting", "group", "Project Nightingale");
        assertEquals(1, groups.size(), "one group is called that");
        assertTrue(groups.get(0).getText().contains("Secret group"), groups.get(0).getText());
        Browser.screenshot(browser, "50-top-bar-suggests-a-group");

        WebElement box = browser.findElement(By.id("topSearch"));
        for (int i = 0; i < 10 && browser.findElements(By.cssSelector(".agora-suggestion.agora-active[data-kind='group']")).isEmpty(); i++) {
            box.sendKeys(Keys.ARROW_DOWN);
        }
        assertEquals("true", browser.findElement(By.cssSelector(".agora-suggestion[data-kind='group']")).getAttribute("aria-selected"));
        box.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("groups/view.xhtml?slug=project-nightingale"));
        String header = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".agora-group-header"))).getText();
        assertTrue(header.contains("Project Nightingale"), header);
        Browser.screenshot(browser, "51-group-opened-from-a-suggestion");
    }

    @Test
    void anEmployeeClicksAColleagueAndEnterAloneStillSearches() {
        Browser.signIn(browser, base, "sam");
        typeUntilSuggested("sal", "group", "Sales Tips Worldwide");
        assertTrue(browser.findElement(SUGGESTIONS).getText().contains("salesforce"), "a topic is offered beside the group");
        Browser.screenshot(browser, "52-top-bar-suggests-groups-and-topics");

        List<WebElement> topics = typeUntilSuggested("kub", "tag", "kubernetes");
        assertTrue(topics.get(0).getText().contains("colleagues know it"), topics.get(0).getText());
        WebElement box = browser.findElement(By.id("topSearch"));
        box.sendKeys("ernetes", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("search.xhtml?q=kubernetes"));
        assertEquals("Results for “kubernetes”", browser.findElement(By.tagName("h1")).getText());

        WebElement colleague = typeUntilSuggested("tomas alv", "person", "Tomás Álvarez").get(0);
        colleague.click();
        wait.until(ExpectedConditions.urlContains("people/profile.xhtml?id="));
        assertEquals("Tomás Álvarez", wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText());
    }

    /**
     * Types into the top bar until the suggestions offer {@code name} among the {@code kind}s: the indices fill in the
     * background after deployment. Answers the suggestions of that kind showing it.
     */
    private List<WebElement> typeUntilSuggested(String typed, String kind, String name) {
        WebDriverWait indexing = new WebDriverWait(browser, Duration.ofSeconds(40), Duration.ofSeconds(2));
        indexing.ignoring(StaleElementReferenceException.class);
        return indexing.until(driver -> {
            WebElement box = driver.findElement(By.id("topSearch"));
            if (!box.getAttribute("value").equals(typed)) {
                box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
                box.sendKeys(typed);
            }
            try {
                new WebDriverWait(driver, Duration.ofSeconds(2)).until(ExpectedConditions.visibilityOfElementLocated(SUGGESTIONS));
            } catch (org.openqa.selenium.TimeoutException notYet) {
                box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
                return null;
            }
            List<WebElement> found = driver.findElements(By.cssSelector("#topSuggestions .agora-suggestion[data-kind='" + kind + "']"))
                    .stream().filter(option -> option.getText().contains(name)).toList();
            if (found.isEmpty()) {
                box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
                return null;
            }
            return found;
        });
    }
}
