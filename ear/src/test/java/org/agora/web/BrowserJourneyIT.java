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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new employee's first visit, in a real browser: sign in, post, search, look around. */
class BrowserJourneyIT extends DeployedAgora {

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
    void employeeSignsInPostsAndFindsThePostInSearch() {
        signIn("sam", "agora");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Sam Taylor"));
        Browser.screenshot(browser, "01-home");

        String word = "hackathon" + UUID.randomUUID().toString().substring(0, 6);
        WebElement composer = browser.findElement(By.id("composer:body"));
        composer.sendKeys("Who joins the <b>" + word + "</b> in Singapore next month?");
        browser.findElement(By.id("composer:publish")).click();
        WebElement newest = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//article[contains(@class,'agora-post')][1]//b[text()='" + word + "']")));
        assertTrue(newest.isDisplayed());
        assertEquals("", browser.findElement(By.id("composer:body")).getAttribute("value"), "the composer is cleared");
        Browser.screenshot(browser, "02-posted");

        // The drainer indexes about once a second; search until the post shows up.
        WebDriverWait indexing = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofSeconds(1));
        indexing.until(driver -> {
            WebElement box = driver.findElement(By.id("topSearch"));
            box.clear();
            box.sendKeys(word, Keys.ENTER);
            return !driver.findElements(By.xpath("//article[contains(@class,'agora-search-hit')]//mark")).isEmpty();
        });
        assertTrue(browser.getCurrentUrl().contains("search.xhtml"));
        String snippet = browser.findElement(By.cssSelector(".agora-search-hit .agora-snippet")).getText();
        assertTrue(snippet.contains(word), snippet);
        Browser.screenshot(browser, "03-search");
    }

    @Test
    void refusedPostsShowAClearMessageAndKeepTheDraft() {
        signIn("sam", "agora");
        browser.findElement(By.id("composer:publish")).click();
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#composer\\:messages .ui-messages-error")));
        assertTrue(message.getText().contains("Write something before you post."), message.getText());
        Browser.screenshot(browser, "04-empty-post");

        String onlyScript = "<script>alert('hi')</script>";
        browser.findElement(By.id("composer:body")).sendKeys(onlyScript);
        browser.findElement(By.id("composer:publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("composer:messages"),
                "Nothing is left to post"));
        assertEquals(onlyScript, browser.findElement(By.id("composer:body")).getAttribute("value"),
                "what the author typed is still there to fix");
    }

    @Test
    void wrongPasswordShowsAClearMessage() {
        browser.get(base + "index.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("sam");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("signIn")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginError")));
        assertTrue(error.getText().contains("Wrong username or password."), error.getText());
        Browser.screenshot(browser, "05-wrong-password");
    }

    @Test
    void everySectionOfTheShellOpens() {
        signIn("sam", "agora");
        open("people/index.xhtml", "06-people");
        assertEquals(20, browser.findElements(By.cssSelector("#people\\:directory_data tr")).size(),
                "the directory shows a full page of colleagues");
        open("groups/index.xhtml", "07-groups");
        assertEquals(4, browser.findElements(By.cssSelector("article.agora-group")).size(),
                "public and private groups are listed, the secret one Sam is not in is not");
        assertTrue(browser.findElements(By.cssSelector("article[data-group='project-nightingale']")).isEmpty());
        open("leadership/index.xhtml", "08-leadership");
        assertTrue(browser.findElements(By.cssSelector("article.agora-person")).stream()
                .anyMatch(card -> card.getText().contains("Marcus Chen") && card.getText().contains("VP Engineering")));
        open("recognition/index.xhtml", "09-recognition");
        assertTrue(browser.findElement(By.cssSelector(".agora-empty")).getText()
                .contains("No recognition programme is running yet"));
    }

    @Test
    void employeeFollowsAColleagueAndEndorsesTheirExpertise() {
        signIn("priya", "agora");
        browser.get(base + "leadership/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Marcus Chen"))).click();
        WebElement follow = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile:follow")));
        Browser.screenshot(browser, "10-profile");
        assertTrue(browser.findElement(By.id("orgChart")).getText().contains("Helena Virtanen"), "the org chart climbs to the CEO");
        int followers = Integer.parseInt(browser.findElement(By.id("followerCount")).getText());
        assertEquals("Follow", follow.getText());

        follow.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile:follow"), "Following"));
        assertEquals(followers + 1, Integer.parseInt(browser.findElement(By.id("followerCount")).getText()));

        By endorse = By.cssSelector("[data-tag='kubernetes'] .agora-endorse");
        int endorsements = Integer.parseInt(browser.findElement(
                By.cssSelector("[data-tag='kubernetes'] .agora-endorsement-count")).getText().strip());
        browser.findElement(endorse).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(endorse, "Endorsed"));
        assertEquals(endorsements + 1, Integer.parseInt(browser.findElement(
                By.cssSelector("[data-tag='kubernetes'] .agora-endorsement-count")).getText().strip()));
        Browser.screenshot(browser, "11-followed-and-endorsed");
    }

    @Test
    void employeeAddsATopicAndFindsThemselvesOnItsPage() {
        signIn("tomas", "agora");
        browser.findElement(By.id("myProfile")).click();
        WebElement topic = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile:newTopic_input")));

        topic.sendKeys("  Crisis   Communication ");
        browser.findElement(By.id("profile:addTopic")).click();
        By added = By.cssSelector("[data-tag='crisis-communication'] a.agora-tag");
        wait.until(ExpectedConditions.visibilityOfElementLocated(added));
        Browser.screenshot(browser, "12-own-profile-topic-added");

        browser.findElement(added).click();
        WebElement experts = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("experts")));
        assertTrue(experts.getText().contains("Tomás Álvarez"), experts.getText());
        Browser.screenshot(browser, "13-topic-page");
    }

    @Test
    void employeeAsksWhoKnowsATopicInAPlace() {
        signIn("sam", "agora");
        browser.get(base + "people/index.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("whoKnows:topic"))).sendKeys("kubernets");
        browser.executeScript("PF('whoKnowsLocation').selectValue('Singapore')");

        // the people index fills in the background after deployment: ask until it answers
        WebDriverWait indexing = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofSeconds(1));
        indexing.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        java.util.List<String> experts = indexing.until(driver -> {
            driver.findElement(By.id("whoKnows:find")).click();
            var found = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("whoKnows:experts")))
                    .findElements(By.cssSelector(".agora-expert")).stream().map(WebElement::getText).toList();
            return found.size() >= 3 ? found : null;
        });
        Browser.screenshot(browser, "14-who-knows");
        assertTrue(experts.stream().allMatch(expert -> expert.contains("Singapore")), experts.toString());
        assertTrue(experts.get(0).contains("Knows kubernetes"), experts.get(0));
    }

    @Test
    void hrPreviewsAndAppliesACsvImport() throws java.io.IOException {
        String number = "B" + System.nanoTime() % 1_000_000_000L;
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("employees", ".csv");
        java.nio.file.Files.writeString(csv, """
                employee_number,full_name,email,title,department,city,country,manager_employee_number,hire_date,expertise,roles,active
                %s,Noor Haddad,noor.haddad.%s@agora.example,Data Analyst,Finance,London,United Kingdom,E00001,2026-11-02,forecasting,,true
                """.formatted(number, number));
        signIn("priya", "agora");
        browser.get(base + "people/import.xhtml");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import\\:file input[type='file']")))
                .sendKeys(csv.toString());
        WebElement apply = wait.until(ExpectedConditions.elementToBeClickable(By.id("import:apply")));
        assertTrue(browser.findElement(By.id("import:report")).getText().contains("Noor Haddad"), "the preview lists the row");
        Browser.screenshot(browser, "15-import-preview");
        apply.click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:messages"), "1"));
        Browser.screenshot(browser, "16-import-applied");
    }

    @Test
    void employeeWritesAboutThemselvesAddsAPhotoAndSeesTheirGroups() throws java.io.IOException {
        signIn("marcus", "agora");
        browser.findElement(By.id("myProfile")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("profile:editDetails"))).click();
        WebElement bio = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("details:bio")));
        bio.clear();
        bio.sendKeys("I run the platform teams in Singapore.");
        WebElement ask = browser.findElement(By.id("details:askMeAbout"));
        ask.clear();
        ask.sendKeys("kubernetes upgrades");
        browser.findElement(By.id("details:saveDetails")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("about"), "I run the platform teams in Singapore."));
        assertTrue(browser.findElement(By.id("about")).getText().contains("kubernetes upgrades"));
        assertTrue(browser.findElement(By.id("groups")).getText().contains("Project Nightingale"),
                "Marcus sees his own secret group on his profile");

        java.nio.file.Path picture = java.nio.file.Files.createTempFile("portrait", ".png");
        java.awt.image.BufferedImage portrait = new java.awt.image.BufferedImage(300, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(portrait, "png", picture.toFile());
        browser.findElement(By.cssSelector("#profile\\:photoUpload input[type='file']")).sendKeys(picture.toString());
        WebElement photo = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile:photo")));
        assertTrue(photo.getAttribute("src").contains("/people/photo/"), photo.getAttribute("src"));
        Browser.screenshot(browser, "17-about-me");
    }

    @Test
    void aColleaguesProfileHidesTheirSecretGroups() {
        signIn("sam", "agora");
        browser.get(base + "leadership/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Marcus Chen"))).click();
        WebElement groups = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("groups")));

        assertTrue(groups.getText().contains("Engineering Guild"), groups.getText());
        assertFalse(groups.getText().contains("Project Nightingale"), "a secret group stays secret on profiles");
        assertFalse(browser.findElement(By.id("activity")).getText().toLowerCase().contains("nightingale"));
    }

    private void open(String page, String screenshot) {
        browser.get(base + page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.agora-page-title")));
        Browser.screenshot(browser, screenshot);
    }

    private void signIn(String username, String password) {
        browser.get(base + "index.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("signIn")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("composer:body")));
    }
}
