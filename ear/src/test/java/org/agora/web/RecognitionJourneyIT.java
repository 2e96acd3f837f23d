package org.agora.web;

import java.time.Duration;

import org.agora.testing.AgoraClient;
import org.agora.testing.Browser;
import org.agora.testing.DeployedAgora;
import org.agora.testing.SearchAnswers;
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
 * HR opens a programme with badges; an employee recognises two colleagues with one of them, and is refused a badge
 * for managers with a message that says so; a recipient and another recipient's manager are told; HR sees the count
 * and charts change and exports the period as CSV.
 */
class RecognitionJourneyIT extends DeployedAgora {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private void signInAs(String username) {
        browser.quit();
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        Browser.signIn(browser, base, username);
    }

    @Test
    void hrOpensAProgrammeAColleagueRecognisesTwoPeopleAndEveryoneConcernedSeesIt() {
        long priyasManager = AgoraClient.json(AgoraClient.signedIn(base, "priya").get("api/v1/people/me"))
                .getJsonArray("managerChain").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(AgoraClient.as(base, "helena").employeeId(), priyasManager, "Priya reports to Helena");
        String word = SearchAnswers.uniqueWord();
        String spark = "Spark " + word;
        String mentor = "Mentor " + word;

        Browser.signIn(browser, base, "priya");
        browser.get(base + "recognition/insights.xhtml");
        long before = Long.parseLong(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recognitionCount")))
                .getText().trim());
        browser.get(base + "recognition/programmes.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmes:name"))).sendKeys("Thanks week " + word);
        browser.findElement(By.id("programmes:description")).sendKeys("A week to thank the people who help us.");
        browser.findElement(By.id("programmes:createProgramme")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programmes:messages"), "is created"));
        addBadge(spark, "Everyone", "Helpfulness");
        addBadge(mentor, "Managers only", "Growth");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(mentor));
        Browser.screenshot(browser, "90-recognition-programme");

        signInAs("sam");
        browser.get(base + "recognition/index.xhtml");
        chooseColleague("Priya R", "Priya Raman");
        chooseColleague("Tomás", "Tomás Álvarez");
        chooseBadge(mentor);
        browser.findElement(By.id("composer:message")).sendKeys("Thank you for running the " + word + " onboarding week.");
        browser.findElement(By.id("composer:give")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("composer:messages"), "managers only"));
        Browser.screenshot(browser, "91-recognition-manager-badge-refused");
        assertTrue(browser.findElement(By.id("composer:message")).getAttribute("value").contains(word),
                "the message stays in the form");
        chooseBadge(spark);
        browser.findElement(By.id("composer:give")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("composer:messages"), "Recognition shared"));
        String card = browser.findElement(By.cssSelector(".agora-recognition-banner")).getText();
        assertTrue(card.contains("Recognised Priya Raman and Tomás Álvarez with " + spark), card);
        Browser.screenshot(browser, "92-recognition-given");

        signInAs("tomas");
        browser.get(base + "notifications.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Sam Taylor recognised you with \u201C" + spark + "\u201D."));
        signInAs("helena");
        browser.get(base + "notifications.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Sam Taylor recognised Priya Raman, who reports to you, with \u201C" + spark + "\u201D."));
        Browser.screenshot(browser, "93-recognition-manager-told");

        signInAs("priya");
        browser.get(base + "recognition/insights.xhtml");
        long after = Long.parseLong(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recognitionCount")))
                .getText().trim());
        assertEquals(before + 1, after, "the new recognition is counted");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#insights\\:byValue canvas")));
        String values = (String) browser.executeScript(
                "return JSON.stringify(Chart.getChart(document.querySelector('#insights\\\\:byValue canvas')).data.labels)");
        assertTrue(values.contains("Helpfulness"), "the value chart has the new badge's value: " + values);
        Browser.screenshot(browser, "94-recognition-insights");
        String export = browser.findElement(By.id("insights:export")).getAttribute("href");
        String csv = (String) browser.executeAsyncScript(
                "fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1])", export);
        assertTrue(csv.startsWith("Date,Giver,"), csv.substring(0, Math.min(200, csv.length())));
        assertTrue(csv.lines().anyMatch(line -> line.contains("Sam Taylor") && line.contains("Tomás Álvarez")
                && line.contains(spark) && line.contains("Helpfulness") && line.contains(word)), "a row per person recognised");
    }

    private void addBadge(String name, String givers, String value) {
        browser.findElement(By.id("programmes:badgeName")).clear();
        browser.findElement(By.id("programmes:badgeName")).sendKeys(name);
        browser.findElement(By.id("programmes:companyValue")).clear();
        browser.findElement(By.id("programmes:companyValue")).sendKeys(value);
        selectMenu("programmes:givers", givers);
        browser.findElement(By.id("programmes:addBadge")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programmes:messages"), name));
    }

    private void chooseColleague(String typed, String fullName) {
        var input = browser.findElement(By.id("composer:recipients_input"));
        input.sendKeys(typed);
        By item = By.xpath("//*[@id='composer:recipients_panel']//*[contains(concat(' ', @class, ' '), ' ui-autocomplete-item ')"
                + " and contains(., '" + fullName + "')]");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("composer:recipients"), fullName));
    }

    private void chooseBadge(String name) {
        selectMenu("composer:badge", name);
    }

    /** Opens a PrimeFaces select menu and picks the first item whose label contains {@code label}. */
    private void selectMenu(String id, String label) {
        browser.findElement(By.cssSelector("[id='" + id + "'] .ui-selectonemenu-trigger")).click();
        By item = By.xpath("//*[@id='" + id + "_panel']//li[contains(concat(' ', @class, ' '), ' ui-selectonemenu-item ')"
                + " and contains(., '" + label + "')]");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
    }
}
