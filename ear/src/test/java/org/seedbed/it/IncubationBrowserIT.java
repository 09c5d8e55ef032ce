package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: a verified organization applies to an incubator, an officer admits it with
 * a mentor, the mentor records two capacity assessments (the growth charts appear), and after a
 * final assessment the officer graduates it.
 */
@ExtendWith(ArquillianExtension.class)
class IncubationBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private Browser web;
    private WebDriver browser;
    private WebDriverWait wait;
    private String city;
    private Http admin;
    private Http officer;
    private long organization;
    private long incubator;

    @BeforeEach
    void verifiedOrganizationAndAnIncubator() throws Exception {
        city = TestCities.uniqueSlug("incweb");
        TestCities.create(city, "孵化测试市", "Incubation City");
        admin = TestCities.adminWithToken(city);
        long root = Http.array(admin.get(api("/org-units")))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long district = Http.object(admin.postJson(
                        api("/org-units"), "{\"parentId\":%d,\"nameZh\":\"包河区\",\"nameEn\":\"Baohe\"}".formatted(root)))
                .getJsonNumber("id")
                .longValue();
        Http ngo = TestCities.person(city, admin, "ngo", "NGO_MEMBER");
        officer = TestCities.person(city, admin, "officer", "PROGRAM_OFFICER");
        TestCities.person(city, admin, "mentor", "MENTOR");
        organization = Http.object(OrganizationLifecycleIT.created(ngo.postJson(
                        api("/organizations"),
                        """
                        {"nameZh":"万年埠邻里互助中心","kind":"COMMUNITY_FILED","registration":"FILED","orgUnitId":%d}
                        """
                                .formatted(district))))
                .getJsonNumber("id")
                .longValue();
        ngo.postJson(api("/organizations/" + organization + "/submission"), "");
        officer.postJson(api("/organizations/" + organization + "/review"), "{\"decision\":\"VERIFY\"}");
        incubator = Http.object(OrganizationLifecycleIT.created(officer.postJson(
                        api("/incubators"),
                        """
                        {"nameZh":"包河区社会组织创新园","orgUnitId":%d,"workstations":10,"areaSqm":8000,
                         "services":["WORKSTATION","TRAINING","SUPERVISION"]}
                        """
                                .formatted(district))))
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
    void anOrganizationIsAdmittedAssessedTwiceAndGraduates() throws Exception {
        try {
            walkThrough();
        } catch (RuntimeException | AssertionError failure) {
            web.screenshot("failure-" + getClass().getSimpleName());
            throw failure;
        }
    }

    private void walkThrough() throws Exception {
        String base = Http.BASE + "/c/" + city;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        web.logIn(base, "ngo", TestCities.PERSON_PASSWORD);
        browser.get(base + "/incubators.xhtml");
        web.screenshot("inc-1-platform");
        browser.get(base + "/ngo/incubations.xhtml?incubator=" + incubator);
        new Select(web.field("applyForm:organizationId")).selectByValue(String.valueOf(organization));
        web.field("applyForm:motivation").sendKeys("希望获得办公场地和财务规范化指导。");
        web.click(web.field("applyForm:submitApplication"));
        long incubation = waitForIncubation("APPLIED");
        web.screenshot("inc-2-applied");

        web.switchTo(base, "officer", TestCities.PERSON_PASSWORD);
        browser.get(base + "/work/incubation.xhtml?id=" + incubation);
        web.widgets("admitForm:agreementStart", "setDate(new Date('" + today.minusMonths(6) + "T12:00:00'))");
        web.widgets("admitForm:agreementEnd", "setDate(new Date('" + today.plusMonths(6) + "T12:00:00'))");
        new Select(web.field("admitForm:mentorId"))
                .selectByVisibleText(new Select(web.field("admitForm:mentorId"))
                        .getOptions().stream()
                                .map(WebElement::getText)
                                .filter(t -> t.startsWith("mentor"))
                                .findFirst()
                                .orElseThrow());
        type("admitForm:workstation", "A-01");
        web.click(web.field("admitForm:admitSubmit"));
        wait.until(d -> "INCUBATING".equals(status(incubation)));
        assertThat(detail(incubation).getJsonObject("summary").getString("agreementEnd"))
                .isEqualTo(today.plusMonths(6).toString());

        web.switchTo(base, "mentor", TestCities.PERSON_PASSWORD);
        for (int[] round : List.of(new int[] {5, 40}, new int[] {1, 65})) {
            browser.get(base + "/work/incubation.xhtml?id=" + incubation);
            web.field("assessForm:assessSubmit");
            web.widgets("assessForm:assessedOn", "setDate(new Date('" + today.minusMonths(round[0]) + "T12:00:00'))");
            web.widgets(":score", "setValue(" + round[1] + ")");
            int before = assessments(incubation);
            web.click(web.field("assessForm:assessSubmit"));
            wait.until(d -> assessments(incubation) == before + 1);
        }
        assertThat(detail(incubation)
                        .getJsonObject("summary")
                        .getJsonNumber("latestOverall")
                        .doubleValue())
                .isEqualTo(65.0);
        browser.get(base + "/work/incubation.xhtml?id=" + incubation + "#assessments");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='radar'] canvas")));
        web.screenshot("inc-3-growth");

        mentorFinalAssessment(incubation, today);
        web.switchTo(base, "officer", TestCities.PERSON_PASSWORD);
        browser.get(base + "/work/incubation.xhtml?id=" + incubation);
        web.field("graduateForm:note").sendKeys("能力评估达标，顺利出壳。");
        web.click(web.field("graduateForm:graduateSubmit"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(d -> "GRADUATED".equals(status(incubation)));
        web.screenshot("inc-4-graduated");
        browser.get(base + "/staff/dashboard.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("canvas")));
        web.screenshot("inc-5-dashboard");
    }

    /** The third assessment, a final one, goes through the API: the page's kind buttons are covered above. */
    private void mentorFinalAssessment(long incubation, LocalDate today) {
        String scores = "{\"GOVERNANCE\":80,\"FINANCE\":80,\"PROJECT_MANAGEMENT\":80,\"FUNDRAISING\":80,"
                + "\"PROFESSIONAL_SERVICE\":80}";
        assertThat(officer.postJson(
                                api("/incubations/" + incubation + "/assessments"),
                                "{\"kind\":\"FINAL\",\"assessedOn\":\"%s\",\"scores\":%s}".formatted(today, scores))
                        .statusCode())
                .isEqualTo(200);
    }

    private long waitForIncubation(String expected) {
        wait.until(d -> Http.array(officer.get(api("/incubations"))).stream()
                .anyMatch(i -> i.asJsonObject().getString("status").equals(expected)));
        return Http.array(officer.get(api("/incubations")))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private String status(long incubation) {
        return detail(incubation).getJsonObject("summary").getString("status");
    }

    private int assessments(long incubation) {
        return detail(incubation).getJsonArray("assessments").size();
    }

    private JsonObject detail(long incubation) {
        return Http.object(officer.get(api("/incubations/" + incubation)));
    }

    /** Sets a field's text as if typed; date pickers come pre-filled, so the old text is replaced. */
    private void type(String idSuffix, String text) {
        WebElement input = web.field(idSuffix);
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        input,
                        text);
    }

    private String api(String path) {
        return "/c/" + city + "/api/v1" + path;
    }
}
