package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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
import org.openqa.selenium.WebDriver;
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
    private Browser web;
    private WebDriver browser;
    private String city;

    @BeforeEach
    void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        city = TestCities.uniqueSlug("web");
        TestCities.create(city, "浏览器市", "Browser City");

        web = Browser.start();
        browser = web.driver;
    }

    @AfterEach
    void stop() {
        if (web != null) {
            web.close();
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
        web.screenshot("1-registered");

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
        web.screenshot("2-dashboard-zh");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.attributeContains(By.tagName("html"), "lang", "en"));
        assertThat(browser.getPageSource()).contains("Browser City");
        web.screenshot("3-dashboard-en");

        browser.get(base + "/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                .as("the choice is remembered")
                .startsWith("en");
        web.screenshot("4-home-en");
    }
}
