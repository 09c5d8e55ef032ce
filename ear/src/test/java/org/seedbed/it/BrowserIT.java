package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in a real browser (Debian's headless Chromium): registers, confirms the e-mail, logs
 * in, switches the language. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private GreenMail smtp;
    private WebDriver browser;
    private String city;

    @BeforeEach
    void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        city = TestCities.uniqueSlug("web");
        TestCities.create(city, "浏览器市", "Browser City");

        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        smtp.stop();
    }

    @Test
    void aVisitorRegistersConfirmsLogsInAndSwitchesLanguage() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String base = Http.BASE + "/c/" + city;

        browser.get(base + "/register.xhtml?lang=zh");
        browser.findElement(By.id("registerForm:username")).sendKeys("zhou.li");
        browser.findElement(By.id("registerForm:email")).sendKeys("zhou.li@ngo.test");
        browser.findElement(By.id("registerForm:displayName")).sendKeys("周丽");
        browser.findElement(By.id("registerForm:password")).sendKeys("bright-sprout-77");
        browser.findElement(By.id("registerForm:passwordAgain")).sendKeys("bright-sprout-77");
        browser.findElement(By.id("registerForm:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registered")));
        screenshot("1-registered");

        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        String body = (String) smtp.getReceivedMessages()[0].getContent();
        Matcher link = Pattern.compile(
                        "http://localhost:8080(/c/" + Pattern.quote(city) + "/verify\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                .matcher(body);
        assertThat(link.find()).as(body).isTrue();
        browser.get(Http.BASE + link.group(1));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verified")));

        browser.get(base + "/login.xhtml");
        browser.findElement(By.id("loginForm:username")).sendKeys("zhou.li");
        browser.findElement(By.id("loginForm:password")).sendKeys("bright-sprout-77");
        browser.findElement(By.id("loginForm:submit")).click();
        wait.until(ExpectedConditions.urlContains("/dashboard.xhtml"));
        assertThat(browser.getPageSource()).contains("周丽");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).startsWith("zh");
        screenshot("2-dashboard-zh");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.attributeContains(By.tagName("html"), "lang", "en"));
        assertThat(browser.getPageSource()).contains("Browser City");
        screenshot("3-dashboard-en");

        browser.get(base + "/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                .as("the choice is remembered")
                .startsWith("en");
        screenshot("4-home-en");
    }

    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("seedbed.screenshots", "target/screenshots")));
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
