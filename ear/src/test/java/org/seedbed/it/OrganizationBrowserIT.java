package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
 * In a real browser: an NGO member creates a profile (the code check speaks up on a typo),
 * uploads the registration certificate and submits it; a program officer verifies it from the
 * review queue; the organization appears in the public directory.
 */
@ExtendWith(ArquillianExtension.class)
class OrganizationBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private WebDriver browser;
    private WebDriverWait wait;
    private String city;
    private Http admin;

    @BeforeEach
    void start() throws Exception {
        city = TestCities.uniqueSlug("orgweb");
        TestCities.create(city, "包河测试市", "Baohe Test City");
        admin = TestCities.adminWithToken(city);
        long root = Http.array(admin.get(api("/org-units")))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        admin.postJson(api("/org-units"), "{\"parentId\":%d,\"nameZh\":\"包河区\",\"nameEn\":\"Baohe\"}".formatted(root));
        TestCities.person(city, admin, "ngo", "NGO_MEMBER");
        TestCities.person(city, admin, "officer", "PROGRAM_OFFICER");

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
    void anNgoSubmitsAProfileAndAnOfficerVerifiesIt() throws Exception {
        try {
            walkThrough();
        } catch (RuntimeException | AssertionError failure) {
            screenshot("failure-" + getClass().getSimpleName());
            throw failure;
        }
    }

    private void walkThrough() throws Exception {
        String base = Http.BASE + "/c/" + city;
        logIn(base, "ngo");
        browser.get(base + "/ngo/organization.xhtml?lang=zh");
        field("profileForm:nameZh").sendKeys("包河区暖心社会工作服务中心");
        field("profileForm:nameEn").sendKeys("Baohe Warm Heart Social Work Center");
        new Select(field("profileForm:kind")).selectByValue("SOCIAL_SERVICE_AGENCY");
        new Select(field("profileForm:registration")).selectByValue("REGISTERED");
        WebElement code = field("profileForm:creditCode");
        code.sendKeys("52340111MJA412686C");
        code.sendKeys(Keys.TAB);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[id$='profileForm:creditCodeMsg']"), "B"));
        screenshot("org-1-code-check");
        code.clear();
        code.sendKeys("52340111MJA412686B");
        chooseFirstUnit();
        field("profileForm:staff_input").sendKeys("8");
        click(field("profileForm:save"));
        wait.until(ExpectedConditions.urlContains("id="));
        screenshot("org-2-saved");

        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertThat(Http.object(admin.get(api("/organizations/" + id))).getString("creditCode"))
                .isEqualTo("52340111MJA412686B");

        click(browser.findElement(By.xpath("//a[contains(@href,'documentsTab')]")));
        Path certificate = Files.createTempFile("登记证书", ".pdf");
        Files.write(certificate, OrganizationLifecycleIT.PDF);
        new Select(field("documentForm:type")).selectByValue("REGISTRATION_CERTIFICATE");
        browser.findElement(By.cssSelector("[id$='documentForm'] input[type=file]"))
                .sendKeys(certificate.toString());
        click(field("documentForm:upload"));
        wait.until(d -> Http.array(admin.get(api("/organizations/" + id + "/documents")))
                        .size()
                == 1);
        screenshot("org-3-document");

        browser.get(base + "/ngo/organization.xhtml?id=" + id);
        click(field("profileForm:submit"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(d -> "SUBMITTED".equals(status(id)));
        screenshot("org-4-submitted");

        browser.manage().deleteAllCookies();
        logIn(base, "officer");
        browser.get(base + "/staff/organization-review.xhtml");
        click(browser.findElement(By.cssSelector("a[href*='organization.xhtml?id=" + id + "']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='reviewForm:note']")))
                .sendKeys("资料齐全，与登记证书一致。");
        screenshot("org-5-review");
        click(field("reviewForm:verify"));
        wait.until(d -> "VERIFIED".equals(status(id)));

        browser.get(base + "/organizations.xhtml?lang=zh");
        assertThat(browser.getPageSource()).contains("包河区暖心社会工作服务中心");
        screenshot("org-6-directory");
        browser.get(base + "/staff/dashboard.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("canvas")));
        screenshot("org-7-dashboard");
    }

    private String status(long id) {
        return Http.object(admin.get(api("/organizations/" + id))).getString("status");
    }

    /** Picks 包河区 in the searchable unit menu through its PrimeFaces widget, as a click would. */
    private void chooseFirstUnit() {
        ((JavascriptExecutor) browser)
                .executeScript(
                        """
                        const select = document.querySelector("select[id$='profileForm:orgUnitId_input']");
                        const option = [...select.options].find(o => o.text.includes('包河区'));
                        for (const name in PrimeFaces.widgets) {
                            const widget = PrimeFaces.widgets[name];
                            if (widget.id && widget.id.endsWith('profileForm:orgUnitId')) {
                                widget.selectValue(option.value);
                            }
                        }
                        """);
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
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Path dir = Files.createDirectories(Path.of(System.getProperty("seedbed.screenshots", "target/screenshots")));
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private String api(String path) {
        return "/c/" + city + "/api/v1" + path;
    }
}
