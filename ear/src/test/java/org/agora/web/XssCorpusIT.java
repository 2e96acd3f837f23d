package org.agora.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;

import org.agora.testing.AgoraClient;
import org.agora.testing.Browser;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A corpus of script-injection payloads, posted and commented through the API, then rendered in Chromium: none may
 * run (alert, confirm and prompt are watched from before the page's first script), and no post body may carry
 * a script element, an event handler attribute or a script URL.
 */
class XssCorpusIT extends DeployedAgora {

    /** Installed before any script of every page: records what a payload would have shown. */
    private static final String WATCH = """
            window.__ran = [];
            ['alert', 'confirm', 'prompt'].forEach(function (name) {
                window[name] = function (message) { window.__ran.push(name + ':' + message); return null; };
            });""";
    private static final String DANGEROUS_IN_POSTS = """
            var found = [];
            document.querySelectorAll('.agora-post-body *, .agora-comment-text *').forEach(function (el) {
                if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'LINK', 'META', 'BASE', 'FORM', 'SVG', 'MATH']
                        .indexOf(el.tagName.toUpperCase()) >= 0) { found.push(el.outerHTML); }
                Array.prototype.forEach.call(el.attributes, function (attribute) {
                    var value = attribute.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                    if (attribute.name.toLowerCase().indexOf('on') === 0 || attribute.name === 'style'
                            || value.indexOf('javascript:') >= 0 || value.indexOf('vbscript:') >= 0
                            || value.indexOf('data:') === 0) { found.push(el.outerHTML); }
                });
            });
            return found;""";

    @Test
    void noPayloadOfTheCorpusRunsInTheRenderedPage() throws IOException {
        List<String> payloads = corpus();
        assertTrue(payloads.size() >= 50, "the corpus has " + payloads.size() + " payloads");
        AgoraClient alex = AgoraClient.as(base, "alex");
        HttpResponse<String> created = alex.postRaw("api/v1/groups", "application/json", Json.createObjectBuilder()
                .add("name", "Payload Lab " + UUID.randomUUID().toString().substring(0, 6)).add("visibility", "SECRET")
                .build().toString());
        String slug = AgoraClient.json(created).getString("slug");
        long groupId = AgoraClient.json(created).getInt("id");
        long lastPost = -1;
        for (int i = 0; i < payloads.size(); i++) {
            // words around the payload, so that every one is published and rendered, as in a real post
            String body = "Payload " + (i + 1) + ": " + payloads.get(i) + " (end)";
            HttpResponse<String> post = alex.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                    .add("body", body).add("groupId", groupId).build().toString());
            assertEquals(201, post.statusCode(), body);
            lastPost = AgoraClient.json(post).getJsonNumber("id").longValue();
            assertEquals(201, alex.postRaw("api/v1/posts/" + lastPost + "/comments", "application/json",
                    Json.createObjectBuilder().add("body", body).build().toString()).statusCode());
        }
        int published = payloads.size();

        ChromeDriver browser = Browser.start();
        try {
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
            Browser.signIn(browser, base, "alex");
            browser.executeScript("alert('the watch works')");
            assertEquals(List.of("alert:the watch works"), browser.executeScript("return window.__ran"),
                    "a payload that ran would be seen");

            browser.get(base + "groups/view.xhtml?slug=" + slug);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#feed .agora-post")));
            while (!browser.findElements(By.id("feed:loadMore")).isEmpty()) {
                int shown = browser.findElements(By.cssSelector("#feed .agora-post")).size();
                browser.findElement(By.id("feed:loadMore")).click();
                wait.until(driver -> driver.findElements(By.cssSelector("#feed .agora-post")).size() > shown);
            }
            assertEquals(published, browser.findElements(By.cssSelector("#feed .agora-post")).size());
            browser.findElements(By.cssSelector("#feed .agora-post-body *")).stream().limit(200).forEach(element -> {
                try {
                    new Actions(browser).moveToElement(element).perform();
                } catch (RuntimeException notInteractable) {
                    // hidden or zero-sized: nothing a reader could hover either
                }
            });
            Browser.screenshot(browser, "34-xss-corpus-rendered");
            assertEquals(List.of(), browser.executeScript("return window.__ran"), "no payload ran");
            assertEquals(List.of(), browser.executeScript(DANGEROUS_IN_POSTS), "no post keeps markup that could run");

            browser.get(base + "posts/view.xhtml?id=" + lastPost);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".agora-comment")));
            assertEquals(List.of(), browser.executeScript("return window.__ran"), "nor in comments");
            assertEquals(List.of(), browser.executeScript(DANGEROUS_IN_POSTS));
        } finally {
            browser.quit();
        }
    }

    private static List<String> corpus() throws IOException {
        try (InputStream in = XssCorpusIT.class.getResourceAsStream("/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# "))
                    .toList();
        }
    }
}
