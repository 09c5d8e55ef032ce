package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every review page renders for the people it is for, in both languages, on a call whose panel
 * has scored: the officers' expert pool, review workspace, ranking and pitch screen, the experts'
 * pages and the public notice; then a resident objects on the public notice page and the officer
 * finds the objection on the ranking page. An error page fails the test.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewPagesBrowserIT {

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
    void reviewPagesRenderForOfficersExpertsAndThePublicInBothLanguages() throws Exception {
        CallFixtures city = new CallFixtures("revpages", "评审页面市");
        long call = PitchIT.reviewedCall(city);
        List<Long> applications = PitchIT.applications(city, call, 2);
        Map<String, Http> experts = PitchIT.panel(city, call, List.of("expert-a", "expert-b", "expert-c"));
        city.officer.putJson(city.api("/calls/" + call + "/review/panel"), "{\"reviewersNeeded\":3}");
        city.officer.postJson(city.api("/calls/" + call + "/review/assignments/computation"), "");
        city.officer.postJson(city.api("/calls/" + call + "/review/assignments/release"), "");
        for (var expert : experts.values()) {
            PitchIT.score(city, expert, applications.get(0), 8);
        }
        PitchIT.score(city, experts.get("expert-a"), applications.get(1), 5);
        assertThat(city.officer
                        .putJson(
                                city.api("/calls/" + call + "/review/decisions/" + applications.get(0)),
                                "{\"outcome\":\"FUNDED\",\"amount\":90000,\"reason\":\"评审排名第一。\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(city.officer
                        .postJson(city.api("/calls/" + call + "/review/notice?days=7"), "")
                        .statusCode())
                .isEqualTo(200);
        long assignment = Http.array(experts.get("expert-a").get(city.api("/reviews/assignments")))
                .getJsonObject(0)
                .getJsonNumber("assignmentId")
                .longValue();

        web = Browser.start();
        WebDriver browser = web.driver;
        String base = Http.BASE + "/c/" + city.city;
        for (String language : List.of("zh", "en")) {
            web.openPage(base + "/notice.xhtml?call=" + call, language, "public-notice-" + language);
        }
        assertThat(browser.getPageSource()).contains("路演项目0");

        // A resident objects on the public page, without an account.
        web.field("objectionForm:name").sendKeys("社区居民");
        web.field("objectionForm:contact").sendKeys("13800000000");
        web.field("objectionForm:text").sendKeys("申报的服务人数与实际不符，请核实。");
        web.click(web.field("objectionForm:submitObjection"));
        web.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='objection-thanks']")));
        web.screenshot("public-notice-objected");

        web.logIn(base, "officer", TestCities.PERSON_PASSWORD);
        for (String language : List.of("zh", "en")) {
            for (String page : List.of(
                    "/staff/experts.xhtml",
                    "/staff/review.xhtml?call=" + call,
                    "/staff/ranking.xhtml?call=" + call,
                    "/staff/pitch.xhtml?call=" + call)) {
                web.openPage(base + page, language, "staff" + page.replaceAll("\\W", "-") + "-" + language);
            }
        }
        browser.get(base + "/staff/ranking.xhtml?call=" + call + "&lang=zh");
        web.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='objection-']")));
        assertThat(browser.getPageSource()).contains("申报的服务人数与实际不符");
        assertThat(browser.findElements(By.cssSelector("[id='rank-" + applications.get(0) + "']")))
                .isNotEmpty();
        web.screenshot("staff-ranking-objection");

        web.switchTo(base, "expert-a", TestCities.PERSON_PASSWORD);
        for (String language : List.of("zh", "en")) {
            for (String page : List.of(
                    "/reviewer/panels.xhtml",
                    "/reviewer/declarations.xhtml?call=" + call,
                    "/reviewer/sheet.xhtml?assignment=" + assignment)) {
                web.openPage(base + page, language, "reviewer" + page.replaceAll("\\W", "-") + "-" + language);
            }
        }
        browser.get(base + "/reviewer/sheet.xhtml?assignment=999999");
        web.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        assertThat(browser.getPageSource()).doesNotContain("路演项目", "Caused by");
    }
}
