package org.agora.testing;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the operating system's packages, driven through its own chromedriver, so nothing
 * is downloaded at test time. Screenshots go to {@code target/screenshots}.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("it.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start() {
        try {
            Path profile = Files.createTempDirectory("agora-chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM)
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--disable-dev-shm-usage", "--window-size=1366,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a browser profile directory", e);
        }
    }

    /** Signs in on the login page and waits for the home page's composer. */
    public static void signIn(ChromeDriver driver, URL base, String username) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(base + "index.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("agora");
        driver.findElement(By.id("signIn")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("composer:body")));
    }

    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save screenshot " + name, e);
        }
    }
}
