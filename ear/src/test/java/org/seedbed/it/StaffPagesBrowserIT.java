package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * Every page of calls and applications renders for the people it is for, in both languages,
 * with a submitted application in the city: the officer's call list, editor, form builder,
 * application list and screening page, and the public call pages. An error page fails the test.
 */
@ExtendWith(ArquillianExtension.class)
class StaffPagesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private CallFixtures city;
    private long call;
    private long submission;
    private Browser web;
    private WebDriver browser;

    @BeforeEach
    void aCallWithASubmittedApplication() throws Exception {
        city = new CallFixtures("pages", "页面测试市");
        call = city.publishedCall(
                        "2026年包河区公益创投",
                        LocalDateTime.now(CallFixtures.SHANGHAI).plusDays(10).withNano(0))
                .getJsonNumber("id")
                .longValue();
        submission = city.start(city.ngo, call, city.organization, "银龄互助·独居老人关爱探访");
        city.ngo.putJson(
                city.api("/submissions/" + submission),
                CallFixtures.draft("银龄互助·独居老人关爱探访", CallFixtures.answers(90_000), 0));
        assertThat(city.ngo
                        .postJson(city.api("/submissions/" + submission + "/submission"), "")
                        .statusCode())
                .isEqualTo(200);
        web = Browser.start();
        browser = web.driver;
    }

    @AfterEach
    void stop() {
        if (web != null) {
            web.close();
        }
    }

    @Test
    void callAndApplicationPagesRenderForOfficersAndThePublicInBothLanguages() throws Exception {
        String base = Http.BASE + "/c/" + city.city;
        for (String language : List.of("zh", "en")) {
            for (String page : List.of("/calls.xhtml", "/call.xhtml?id=" + call)) {
                web.openPage(base + page, language, "public" + page.replaceAll("\\W", "-") + "-" + language);
            }
        }
        web.logIn(base, "officer", TestCities.PERSON_PASSWORD);
        for (String language : List.of("zh", "en")) {
            for (String page : List.of(
                    "/staff/calls.xhtml",
                    "/staff/call.xhtml?id=" + call,
                    "/staff/call.xhtml",
                    "/staff/call-form.xhtml?id=" + call,
                    "/staff/submissions.xhtml?call=" + call,
                    "/staff/submission.xhtml?id=" + submission)) {
                web.openPage(base + page, language, "staff" + page.replaceAll("\\W", "-") + "-" + language);
            }
        }
        assertThat(browser.getPageSource()).contains("银龄互助·独居老人关爱探访");
    }
}
