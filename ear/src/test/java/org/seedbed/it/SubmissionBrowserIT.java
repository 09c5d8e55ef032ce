package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: an NGO member starts an application from the public call page, fills the
 * wizard's pages, saves a draft, leaves, comes back to find it as left, completes the budget and
 * indicators, and submits; the receipt number appears and an officer sees the application.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private CallFixtures city;
    private long call;
    private Browser web;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openCallAndBrowser() throws Exception {
        city = new CallFixtures("subweb", "申报浏览器市");
        call = city.publishedCall(
                        "2026年包河区公益创投",
                        LocalDateTime.now(CallFixtures.SHANGHAI).plusDays(10).withNano(0))
                .getJsonNumber("id")
                .longValue();
        web = Browser.start();
        browser = web.driver;
        wait = web.wait;
    }

    @AfterEach
    void stop() {
        if (web != null) {
            web.close();
        }
    }

    @Test
    void anNgoFillsTheWizardComesBackAndSubmits() throws Exception {
        try {
            walkThrough();
        } catch (RuntimeException | AssertionError failure) {
            web.screenshot("failure-" + getClass().getSimpleName());
            throw failure;
        }
    }

    private void walkThrough() throws Exception {
        String base = Http.BASE + "/c/" + city.city;
        web.logIn(base, "ngo", TestCities.PERSON_PASSWORD);
        browser.get(base + "/call.xhtml?id=" + call + "&lang=zh");
        web.screenshot("sub-1-call");
        web.click(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href*='apply.xhtml']"))));

        WebElement organization = web.field("applyForm:organizationId");
        if (organization.getTagName().equals("select")) {
            new Select(organization).selectByValue(String.valueOf(city.organization));
        }
        WebElement title = web.field("applyForm:title");
        title.clear();
        title.sendKeys("银龄互助·独居老人关爱探访");
        web.click(web.field("applyForm:startButton"));
        wait.until(ExpectedConditions.urlContains("submission.xhtml"));
        long submission = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        new Select(web.field("wizardForm:categoryCode")).selectByValue("ELDERLY");
        List<WebElement> texts = browser.findElements(By.cssSelector("textarea[id$=':longText']"));
        texts.get(0).sendKeys("以社区为平台，整合社工与志愿者力量，为独居老人提供每周探访与紧急援助服务，形成可复制的社区为老服务模式。");
        texts.get(1).sendKeys("前期走访发现本社区独居老人一百二十余人，其中多数缺少日常照护，现有服务覆盖不足，居民参与意愿较强，具备开展项目的良好基础。");
        web.widgets(":number", "setValue(120)");
        web.click(browser.findElement(By.cssSelector("input[type=radio][value='elderly']")));
        web.screenshot("sub-2-first-page");
        web.click(web.field("wizardForm:save"));
        wait.until(d -> answers(submission).containsKey("summary"));

        browser.get(base + "/ngo/submissions.xhtml");
        assertThat(browser.getPageSource()).contains("银龄互助");
        browser.get(base + "/ngo/submission.xhtml?id=" + submission);
        assertThat(browser.findElements(By.cssSelector("textarea[id$=':longText']"))
                        .get(0)
                        .getAttribute("value"))
                .as("the draft is as it was left")
                .startsWith("以社区为平台");

        web.click(web.field("wizardForm:next"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='addLine']")));
        // A table starts with one empty row; a second one is added only when there is none.
        if (browser.findElements(By.cssSelector("input[id$=':item']")).isEmpty()) {
            web.click(web.field(":addLine"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[id$=':item']")));
        }
        web.settled(() ->
                new Select(browser.findElement(By.cssSelector("select[id$=':category']"))).selectByValue("ELDERLY"));
        web.settled(
                () -> browser.findElement(By.cssSelector("input[id$=':item']")).sendKeys("专业社工服务费"));
        web.widgets(":unitCost", "setValue(100000)");
        web.widgets(":quantity", "setValue(1)");
        web.widgets(":own", "setValue(10000)");
        web.screenshot("sub-3-budget");
        web.click(web.field("wizardForm:next"));
        wait.until(d -> answers(submission).containsKey("budget"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='addIndicator']")));
        if (browser.findElements(By.cssSelector("input[id$=':name']")).isEmpty()) {
            web.click(web.field(":addIndicator"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[id$=':name']")));
        }
        web.settled(
                () -> browser.findElement(By.cssSelector("input[id$=':name']")).sendKeys("探访人次"));
        web.widgets(":target", "setValue(720)");
        web.click(web.field("wizardForm:next"));
        wait.until(d -> answers(submission).containsKey("indicators"));
        web.click(web.field("wizardForm:next"));

        WebElement submit =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='wizardForm:submit']")));
        web.screenshot("sub-4-review");
        web.click(submit);
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(d -> "SUBMITTED".equals(status(submission)));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='receipt']")));
        web.screenshot("sub-5-receipt");
        assertThat(Http.array(city.officer.get(city.api("/submissions?call=" + call)))
                        .toString())
                .contains("银龄互助·独居老人关爱探访");
    }

    private JsonObject answers(long submission) {
        return Http.object(city.ngo.get(city.api("/submissions/" + submission))).getJsonObject("answers");
    }

    private String status(long submission) {
        return Http.object(city.ngo.get(city.api("/submissions/" + submission))).getString("status");
    }
}
