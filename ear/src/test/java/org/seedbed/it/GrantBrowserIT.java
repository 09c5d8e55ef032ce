package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Grants as people use them: with the first tranche paid and the mid-term evaluation passed, the
 * NGO writes and submits its progress report, the officer approves it and releases the second
 * tranche that waited for it; and every grant page renders for grantees, officers, evaluators and
 * city admins in both languages.
 */
@ExtendWith(ArquillianExtension.class)
class GrantBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private Browser web;

    @AfterEach
    void stop() {
        if (web != null) {
            web.close();
        }
    }

    @Test
    void anNgoReportsAndTheOfficerApprovesItAndReleasesTheTrancheThatWaitedForIt() throws Exception {
        GrantFixtures fixtures = new GrantFixtures("grantweb", "资助页面市", 1);
        CallFixtures city = fixtures.city;
        JsonObject grant = Http.object(city.officer.postJson(
                city.api("/grants"),
                "{\"submissionId\":%d,\"targets\":{\"BENEFICIARIES\":120}}".formatted(fixtures.awards.get(0))));
        long id = grant.getJsonNumber("id").longValue();
        long organization = grant.getJsonNumber("organizationId").longValue();
        city.officer.postJson(city.api("/grants/" + id + "/agreement"), "");
        city.ngo.postJson(city.api("/grants/" + id + "/agreement/signature"), "");
        city.officer.postJson(city.api("/grants/" + id + "/agreement/countersignature"), "");
        assertThat(city.officer
                        .postJson(city.api("/grants/" + id + "/tranches/1/release"), "")
                        .statusCode())
                .isEqualTo(200);
        // The mid-term evaluation passes; the second tranche then waits only for the reports of its round.
        Http evaluator = TestCities.person(city.city, city.admin, "assessor", "EVALUATOR");
        long evaluation = Http.object(
                        city.officer.postJson(
                                city.api("/grants/" + id + "/evaluations"),
                                "{\"stage\":\"MID_TERM\",\"evaluatorUsername\":\"assessor\",\"evaluatorOrganization\":\"明德评估中心\"}"))
                .getJsonNumber("id")
                .longValue();
        evaluator.putJson(
                city.api("/evaluations/" + evaluation),
                "{\"scores\":{\"IMPLEMENTATION\":30,\"INPUTS\":12,\"FINANCE\":16,\"OUTCOMES\":25}}");
        assertThat(Http.object(evaluator.postJson(city.api("/evaluations/" + evaluation + "/submission"), ""))
                        .getBoolean("passed"))
                .isTrue();
        String base = Http.BASE + "/c/" + city.city;
        try {
            web = Browser.start();
            web.logIn(base, "ngo", TestCities.PERSON_PASSWORD);
            web.driver.get(base + "/ngo/grant.xhtml?id=" + id + "&lang=zh");
            web.field("narrative").sendKeys("已开展入户探访 40 次，服务独居老人 64 人。");
            // The call's report questions: progress against the plan, and what comes next.
            web.click(web.driver.findElement(By.cssSelector("#rq-schedule input[type='radio'][value='on_plan']")));
            web.driver.findElement(By.cssSelector("#rq-next_steps textarea")).sendKeys("开展邻里互助小组活动。");
            web.click(web.field("saveReport"));
            web.awaitAjax();
            web.click(web.field("submitReport"));
            web.wait.until(ExpectedConditions.alertIsPresent()).accept();
            long report = grant.getJsonArray("reports")
                    .getJsonObject(0)
                    .getJsonNumber("id")
                    .longValue();
            web.wait.until(d -> "SUBMITTED".equals(reportStatus(city, report)));
            web.screenshot("grant-2-ngo-submitted");

            web.switchTo(base, "officer", TestCities.PERSON_PASSWORD);
            web.driver.get(base + "/staff/grants.xhtml?lang=zh");
            web.click(web.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("tr#report-" + report + " [id$='approveReport']"))));
            web.click(web.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='sendReview']"))));
            web.wait.until(d -> "APPROVED".equals(reportStatus(city, report)));
            web.screenshot("grant-3-officer-approved");

            // The financial report of the same round, through the API.
            long financial = grant.getJsonArray("reports")
                    .getJsonObject(1)
                    .getJsonNumber("id")
                    .longValue();
            city.ngo.putJson(
                    city.api("/grant-reports/" + financial),
                    "{\"expenses\":[{\"category\":\"活动费\",\"item\":\"探访交通\",\"amount\":1200.50}]}");
            assertThat(city.ngo
                            .postJson(city.api("/grant-reports/" + financial + "/submission"), "")
                            .statusCode())
                    .isEqualTo(200);
            city.officer.postJson(city.api("/grant-reports/" + financial + "/approval"), "{}");

            web.driver.get(base + "/staff/grant.xhtml?id=" + id + "&lang=zh");
            web.click(web.wait.until(
                    ExpectedConditions.elementToBeClickable(By.cssSelector("tr#tranche-2 [id$='release']"))));
            web.click(web.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='confirmYes']"))));
            web.wait.until(d -> "RELEASED".equals(trancheStatus(city, id, 1)));
            web.screenshot("grant-4-officer-released-second");

            for (String language : List.of("zh", "en")) {
                for (String page : List.of(
                        "/staff/grants.xhtml",
                        "/staff/grant.xhtml?id=" + id,
                        "/staff/credit-record.xhtml?organization=" + organization,
                        "/staff/indicators.xhtml",
                        "/evaluator/evaluation.xhtml?id=" + evaluation)) {
                    web.openPage(base + page, language, "staff" + page.replaceAll("\\W", "-") + "-" + language);
                }
            }
            web.switchTo(base, "ngo", TestCities.PERSON_PASSWORD);
            for (String language : List.of("zh", "en")) {
                for (String page : List.of("/ngo/grants.xhtml", "/ngo/grant.xhtml?id=" + id)) {
                    web.openPage(base + page, language, "ngo" + page.replaceAll("\\W", "-") + "-" + language);
                }
            }
            web.switchTo(base, "assessor", TestCities.PERSON_PASSWORD);
            for (String language : List.of("zh", "en")) {
                for (String page :
                        List.of("/evaluator/evaluations.xhtml", "/evaluator/evaluation.xhtml?id=" + evaluation)) {
                    web.openPage(base + page, language, "evaluator" + page.replaceAll("\\W", "-") + "-" + language);
                }
            }
            web.switchTo(base, "admin", TestCities.ADMIN_PASSWORD);
            for (String language : List.of("zh", "en")) {
                web.openPage(base + "/admin/audit.xhtml", language, "admin-audit-" + language);
            }
            assertThat(web.driver.findElements(By.cssSelector("[id$='auditForm:entries'] tbody tr")))
                    .as("the trail of the grant is listed")
                    .isNotEmpty();
        } catch (RuntimeException | AssertionError failure) {
            if (web != null) {
                web.screenshot("failure-GrantBrowserIT");
            }
            throw failure;
        }
    }

    private static String trancheStatus(CallFixtures city, long grant, int index) {
        return Http.object(city.officer.get(city.api("/grants/" + grant)))
                .getJsonArray("tranches")
                .getJsonObject(index)
                .getString("status");
    }

    private static String reportStatus(CallFixtures city, long report) {
        return Http.object(city.officer.get(city.api("/grant-reports/" + report)))
                .getString("status");
    }
}
