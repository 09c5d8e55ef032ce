package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven as a person would: signing in, finding fields whose Faces
 * ids end so, clicking what a sticky action bar might cover, setting PrimeFaces widgets, and
 * screenshots into target/screenshots.
 */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        // Ajax updates and polls replace elements while a condition reads them: look again, not fail.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    static Browser start() throws Exception {
        return start(options("--window-size=1280,1000"));
    }

    /** A phone: a 390 × 844 touch screen with a phone's user agent, as experts score during pitches. */
    static Browser startPhone() throws Exception {
        ChromeOptions options = options("--window-size=390,844");
        options.setExperimentalOption(
                "mobileEmulation",
                java.util.Map.of(
                        "deviceMetrics",
                        java.util.Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true),
                        "userAgent",
                        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                                + " Chrome/156.0 Mobile Safari/537.36"));
        return start(options);
    }

    private static ChromeOptions options(String windowSize) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                windowSize,
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        return options;
    }

    private static Browser start(ChromeOptions options) {
        return new Browser(new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                        .build(),
                options));
    }

    void logIn(String base, String username, String password) {
        driver.get(base + "/login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
        wait.until(ExpectedConditions.urlContains("/dashboard.xhtml"));
    }

    /** Signs out by forgetting the session, then signs in as someone else. */
    void switchTo(String base, String username, String password) {
        driver.manage().deleteAllCookies();
        logIn(base, username, password);
    }

    WebElement field(String idSuffix) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='" + idSuffix + "']")));
    }

    /**
     * Clicks like a person who waits for the page to answer first: after pending ajax requests (a
     * field's check on blur) and with the element in the middle of the window, since a sticky action
     * bar may cover the bottom.
     */
    void click(WebElement element) {
        awaitAjax();
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Waits for a navigation; when it does not come, fails with what the page told the person instead. */
    void awaitUrl(String part) {
        try {
            wait.until(ExpectedConditions.urlContains(part));
        } catch (TimeoutException timeout) {
            String said =
                    driver
                            .findElements(By.cssSelector(".ui-message-error, .ui-messages-error, .ui-growl-message"))
                            .stream()
                            .map(WebElement::getText)
                            .filter(text -> !text.isBlank())
                            .collect(Collectors.joining(" | "));
            throw new AssertionError(
                    "expected the address to contain " + part + " but it is " + driver.getCurrentUrl()
                            + "; the page says: " + said,
                    timeout);
        }
    }

    /** Waits until PrimeFaces has no ajax request queued or running. */
    void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(
                script("return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** Calls a method on every PrimeFaces widget whose id ends so, as the person's input would. */
    void widgets(String idSuffix, String call) {
        script(
                "for (const name in PrimeFaces.widgets) {"
                        + " const w = PrimeFaces.widgets[name];"
                        + " if (w.id && w.id.endsWith(arguments[0])) { w." + call + "; } }",
                idSuffix);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Does something to the page once the ajax update that re-renders it has settled. */
    void settled(Runnable action) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (StaleElementReferenceException stale) {
                if (attempt == 10) {
                    throw stale;
                }
                Thread.sleep(300);
            }
        }
    }

    /** Opens a page in a language and checks it rendered whole: no error page, no missing text, no trace. */
    void openPage(String url, String language, String shot) throws Exception {
        driver.get(url + (url.contains("?") ? "&" : "?") + "lang=" + language);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        assertThat(driver.findElements(By.cssSelector("body.error-page")))
                .as(url)
                .isEmpty();
        assertThat(driver.getPageSource()).as(url).doesNotContain("???", "Caused by", "at org.seedbed.");
        screenshot("page-" + shot);
    }

    void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("seedbed.screenshots", "target/screenshots")));
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
