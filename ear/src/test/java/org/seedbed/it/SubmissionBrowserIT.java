package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--window-size=1280,1000",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                        .build(),
                options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anNgoFillsTheWizardComesBackAndSubmits() throws Exception {
        try {
            walkThrough();
        } catch (RuntimeException | AssertionError failure) {
            screenshot("failure-" + getClass().getSimpleName());
            throw failure;
        }
    }

    private void walkThrough() throws Exception {
        String base = Http.BASE + "/c/" + city.city;
        logIn(base, "ngo");
        browser.get(base + "/call.xhtml?id=" + call + "&lang=zh");
        screenshot("sub-1-call");
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href*='apply.xhtml']"))));

        WebElement organization = field("applyForm:organizationId");
        if (organization.getTagName().equals("select")) {
            new Select(organization).selectByValue(String.valueOf(city.organization));
        }
        WebElement title = field("applyForm:title");
        title.clear();
        title.sendKeys("银龄互助·独居老人关爱探访");
        click(field("applyForm:startButton"));
        wait.until(ExpectedConditions.urlContains("submission.xhtml"));
        long submission = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        new Select(field("wizardForm:categoryCode")).selectByValue("ELDERLY");
        List<WebElement> texts = browser.findElements(By.cssSelector("textarea[id$=':longText']"));
        texts.get(0).sendKeys("以社区为平台，整合社工与志愿者力量，为独居老人提供每周探访与紧急援助服务，形成可复制的社区为老服务模式。");
        texts.get(1).sendKeys("前期走访发现本社区独居老人一百二十余人，其中多数缺少日常照护，现有服务覆盖不足，居民参与意愿较强，具备开展项目的良好基础。");
        widgets(":number", "setValue(120)");
        click(browser.findElement(By.cssSelector("input[type=radio][value='elderly']")));
        screenshot("sub-2-first-page");
        click(field("wizardForm:save"));
        wait.until(d -> answers(submission).containsKey("summary"));

        browser.get(base + "/ngo/submissions.xhtml");
        assertThat(browser.getPageSource()).contains("银龄互助");
        browser.get(base + "/ngo/submission.xhtml?id=" + submission);
        assertThat(browser.findElements(By.cssSelector("textarea[id$=':longText']"))
                        .get(0)
                        .getAttribute("value"))
                .as("the draft is as it was left")
                .startsWith("以社区为平台");

        click(field("wizardForm:next"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='addLine']")));
        // A table starts with one empty row; a second one is added only when there is none.
        if (browser.findElements(By.cssSelector("input[id$=':item']")).isEmpty()) {
            click(field(":addLine"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[id$=':item']")));
        }
        settled(() ->
                new Select(browser.findElement(By.cssSelector("select[id$=':category']"))).selectByValue("ELDERLY"));
        settled(() -> browser.findElement(By.cssSelector("input[id$=':item']")).sendKeys("专业社工服务费"));
        widgets(":unitCost", "setValue(100000)");
        widgets(":quantity", "setValue(1)");
        widgets(":own", "setValue(10000)");
        screenshot("sub-3-budget");
        click(field("wizardForm:next"));
        wait.until(d -> answers(submission).containsKey("budget"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='addIndicator']")));
        if (browser.findElements(By.cssSelector("input[id$=':name']")).isEmpty()) {
            click(field(":addIndicator"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[id$=':name']")));
        }
        settled(() -> browser.findElement(By.cssSelector("input[id$=':name']")).sendKeys("探访人次"));
        widgets(":target", "setValue(720)");
        click(field("wizardForm:next"));
        wait.until(d -> answers(submission).containsKey("indicators"));
        click(field("wizardForm:next"));

        WebElement submit =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='wizardForm:submit']")));
        screenshot("sub-4-review");
        click(submit);
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(d -> "SUBMITTED".equals(status(submission)));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='receipt']")));
        screenshot("sub-5-receipt");
        assertThat(Http.array(city.officer.get(city.api("/submissions?call=" + call)))
                        .toString())
                .contains("银龄互助·独居老人关爱探访");
    }

    /** Does something to the page once the ajax update that re-renders a table has settled. */
    private void settled(Runnable action) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException stale) {
                if (attempt == 10) {
                    throw stale;
                }
                Thread.sleep(300);
            }
        }
    }

    private JsonObject answers(long submission) {
        return Http.object(city.ngo.get(city.api("/submissions/" + submission))).getJsonObject("answers");
    }

    private String status(long submission) {
        return Http.object(city.ngo.get(city.api("/submissions/" + submission))).getString("status");
    }

    /** Calls a method on every PrimeFaces widget whose id ends so, as the person's input would. */
    private void widgets(String idSuffix, String call) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "for (const name in PrimeFaces.widgets) {"
                                + " const w = PrimeFaces.widgets[name];"
                                + " if (w.id && w.id.endsWith(arguments[0])) { w." + call + "; } }",
                        idSuffix);
    }

    /** Scrolls the element to the middle of the window first: a sticky action bar may cover the bottom. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private WebElement field(String idSuffix) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='" + idSuffix + "']")));
    }

    private void logIn(String base, String username) {
        browser.get(base + "/login.xhtml");
        browser.findElement(By.id("loginForm:username")).sendKeys(username);
        browser.findElement(By.id("loginForm:password")).sendKeys(TestCities.PERSON_PASSWORD);
        browser.findElement(By.id("loginForm:submit")).click();
        wait.until(ExpectedConditions.urlContains("/dashboard.xhtml"));
    }

    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("seedbed.screenshots", "target/screenshots")));
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
