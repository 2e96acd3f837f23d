package org.agora.web;

import java.time.Duration;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.agora.testing.AgoraClient;
import org.agora.testing.Browser;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Notification settings in the browser: from the notifications page, switch reactions out of the digest, save. */
class NotificationSettingsJourneyIT extends DeployedAgora {

    @Test
    void anEmployeeTakesReactionsOutOfTheirDigest() {
        AgoraClient samApi = AgoraClient.as(base, "sam");
        ChromeDriver sam = Browser.start();
        try {
            Browser.signIn(sam, base, "sam");
            WebDriverWait waits = new WebDriverWait(sam, Duration.ofSeconds(20));
            sam.findElement(By.id("bell")).click();
            waits.until(ExpectedConditions.elementToBeClickable(By.id("notificationSettings"))).click();
            waits.until(ExpectedConditions.visibilityOfElementLocated(By.id("settings:categories")));
            assertTrue(sam.findElement(By.id("settings:categories")).getText().contains("Always: you are told why"));
            Browser.screenshot(sam, "42-notification-settings");

            // the third row is reactions; PrimeFaces toggles a switch when its slider is clicked
            sam.findElement(By.cssSelector("[id='settings:categories:2:inDigest'] .ui-toggleswitch-slider")).click();
            sam.findElement(By.id("settings:save")).click();

            waits.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "Saved"));
            Browser.screenshot(sam, "43-notification-settings-saved");
            JsonObject reactions = category(AgoraClient.json(samApi.get("api/v1/notifications/preferences")), "REACTIONS");
            assertFalse(reactions.getBoolean("inDigest"));
            assertTrue(reactions.getBoolean("inApp"));
        } finally {
            sam.quit();
            assertEquals(200, samApi.putJson("api/v1/notifications/preferences",
                    "{\"categories\": [{\"category\": \"REACTIONS\", \"inApp\": true, \"inDigest\": true}]}").statusCode());
        }
    }

    private static JsonObject category(JsonObject preferences, String name) {
        return preferences.getJsonArray("categories").stream().map(JsonValue::asJsonObject)
                .filter(category -> name.equals(category.getString("category")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + preferences));
    }
}
