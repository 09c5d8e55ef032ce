package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

    private Browser web;
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
    void anNgoSubmitsAProfileAndAnOfficerVerifiesIt() throws Exception {
        try {
            walkThrough();
        } catch (RuntimeException | AssertionError failure) {
            web.screenshot("failure-" + getClass().getSimpleName());
            throw failure;
        }
    }

    private void walkThrough() throws Exception {
        String base = Http.BASE + "/c/" + city;
        web.logIn(base, "ngo", TestCities.PERSON_PASSWORD);
        browser.get(base + "/ngo/organization.xhtml?lang=zh");
        web.field("profileForm:nameZh").sendKeys("包河区暖心社会工作服务中心");
        web.field("profileForm:nameEn").sendKeys("Baohe Warm Heart Social Work Center");
        new Select(web.field("profileForm:kind")).selectByValue("SOCIAL_SERVICE_AGENCY");
        new Select(web.field("profileForm:registration")).selectByValue("REGISTERED");
        WebElement code = web.field("profileForm:creditCode");
        code.sendKeys("52340111MJA412686C");
        // Leaves the field by clicking the heading: a TAB would land in the founding date, whose
        // calendar then opens and takes the keys typed next.
        leave();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[id$='profileForm:creditCodeMsg']"), "B"));
        web.screenshot("org-1-code-check");
        web.awaitAjax();
        // Typed over the selection, as a person corrects a field: no separate clearing and blur.
        code.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        code.sendKeys("52340111MJA412686B");
        leave();
        // The blur check re-renders the code's message; wait for it so that no answer arrives mid-save.
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .withMessage(() -> "the corrected code was not accepted; the field holds "
                        + web.field("profileForm:creditCode").getAttribute("value"))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[id$='profileForm:creditCodeOk'] .sb-ok")));
        chooseFirstUnit();
        web.field("profileForm:staff_input").sendKeys("8");
        web.click(web.field("profileForm:save"));
        web.awaitUrl("id=");
        web.screenshot("org-2-saved");

        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertThat(Http.object(admin.get(api("/organizations/" + id))).getString("creditCode"))
                .isEqualTo("52340111MJA412686B");

        web.click(browser.findElement(By.xpath("//a[contains(@href,'documentsTab')]")));
        Path certificate = Files.createTempFile("登记证书", ".pdf");
        Files.write(certificate, OrganizationLifecycleIT.PDF);
        new Select(web.field("documentForm:type")).selectByValue("REGISTRATION_CERTIFICATE");
        browser.findElement(By.cssSelector("[id$='documentForm'] input[type=file]"))
                .sendKeys(certificate.toString());
        web.click(web.field("documentForm:upload"));
        wait.until(d -> Http.array(admin.get(api("/organizations/" + id + "/documents")))
                        .size()
                == 1);
        web.screenshot("org-3-document");

        browser.get(base + "/ngo/organization.xhtml?id=" + id);
        web.click(web.field("profileForm:submit"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(d -> "SUBMITTED".equals(status(id)));
        web.screenshot("org-4-submitted");

        browser.manage().deleteAllCookies();
        web.logIn(base, "officer", TestCities.PERSON_PASSWORD);
        browser.get(base + "/staff/organization-review.xhtml");
        web.click(browser.findElement(By.cssSelector("a[href*='organization.xhtml?id=" + id + "']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='reviewForm:note']")))
                .sendKeys("资料齐全，与登记证书一致。");
        web.screenshot("org-5-review");
        web.click(web.field("reviewForm:verify"));
        wait.until(d -> "VERIFIED".equals(status(id)));

        browser.get(base + "/organizations.xhtml?lang=zh");
        assertThat(browser.getPageSource()).contains("包河区暖心社会工作服务中心");
        web.screenshot("org-6-directory");
        browser.get(base + "/staff/dashboard.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("canvas")));
        web.screenshot("org-7-dashboard");
    }

    private void leave() {
        web.click(browser.findElement(By.tagName("h1")));
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

    private String api(String path) {
        return "/c/" + city + "/api/v1" + path;
    }
}
