package org.agora.web;

import java.time.Duration;

import org.agora.testing.Browser;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administrator opens Admin › Search index from the top bar and rebuilds the content index, watching it progress. */
class SearchIndexJourneyIT extends DeployedAgora {

    private static final By CONTENT_ROW = By.xpath("//*[@id='searchIndex:indices']//tr[.//strong[text()='content']]");

    @Test
    void anAdministratorRebuildsTheContentIndexAndWatchesItFinish() {
        ChromeDriver alex = Browser.start();
        try {
            Browser.signIn(alex, base, "alex");
            WebDriverWait waits = waits(alex);
            new Actions(alex).moveToElement(alex.findElement(By.cssSelector("#nav-admin > a"))).perform();
            waits.until(ExpectedConditions.elementToBeClickable(By.id("nav-search-index"))).click();
            WebElement content = waits.until(ExpectedConditions.visibilityOfElementLocated(CONTENT_ROW));
            assertTrue(content.findElement(By.cssSelector(".agora-index-documents")).getText().matches("[0-9,]+"),
                    content.getText());
            assertTrue(alex.findElement(By.id("searchIndex:indices")).getText().contains("people"));

            waits.until(driver -> driver.findElement(CONTENT_ROW).findElement(By.cssSelector(".agora-rebuild")).isEnabled());
            alex.findElement(CONTENT_ROW).findElement(By.cssSelector(".agora-rebuild")).click();
            waits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("searchIndex:messages"),
                    "Rebuilding the content index"));
            WebDriverWait rebuild = new WebDriverWait(alex, Duration.ofSeconds(90));
            rebuild.ignoring(StaleElementReferenceException.class);
            rebuild.until(driver -> {
                WebElement progress = driver.findElement(CONTENT_ROW).findElement(By.cssSelector(".agora-rebuild-progress"));
                return "DONE".equals(progress.getAttribute("data-state")) && progress.getText().contains("100%")
                        && !progress.getText().contains("filling a new index");
            });
            Browser.screenshot(alex, "44-search-index-rebuilt");
        } finally {
            alex.quit();
        }
    }

    @Test
    void anEmployeeWhoIsNotAnAdministratorIsToldSo() {
        ChromeDriver sam = Browser.start();
        try {
            Browser.signIn(sam, base, "sam");
            assertTrue(sam.findElements(By.id("nav-admin")).isEmpty(), "no Admin menu in the top bar");
            sam.get(base + "admin/search.xhtml");
            String page = waits(sam).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h2"))).getText();
            assertEquals("You may not open this page.", page, "administration pages are closed to everyone else");
            assertFalse(sam.getPageSource().contains("Rebuild"));
        } finally {
            sam.quit();
        }
    }

    private static WebDriverWait waits(ChromeDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
