package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Where a panel invitation e-mail leads: the expert signs in, finds the invitation on their reviews
 * page, is refused when signing with another name, and accepts by typing their own.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewerInvitationBrowserIT {

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
    void anExpertAcceptsAPanelBySigningTheDeclaration() throws Exception {
        CallFixtures city = new CallFixtures("inv", "邀请测试市");
        long call = city.publishedCall(
                        "2026年评审邀请测试",
                        LocalDateTime.now(CallFixtures.SHANGHAI).plusDays(5).withNano(0))
                .getJsonNumber("id")
                .longValue();
        TestCities.person(city.city, city.admin, "expert", "REVIEWER");
        long expert = Http.object(
                        city.officer.postJson(city.api("/experts"), "{\"username\":\"expert\",\"maxLoad\":5}"))
                .getJsonNumber("id")
                .longValue();
        city.officer.postJson(
                city.api("/calls/" + call + "/review/panel/members"), "{\"expertId\":%d}".formatted(expert));

        web = Browser.start();
        String base = Http.BASE + "/c/" + city.city;
        web.logIn(base, "expert", TestCities.PERSON_PASSWORD);
        web.driver.get(base + "/reviewer/panels.xhtml?lang=zh");
        assertThat(web.driver.getPageSource()).contains("2026年评审邀请测试", "等待您答复");
        web.field(":signed").sendKeys("someone else");
        web.click(web.field(":accept"));
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("panelsForm"), "请输入与账号一致的姓名"));
        web.field(":signed").clear();
        web.field(":signed").sendKeys("expert");
        web.click(web.field(":accept"));
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("panelsForm"), "已接受"));
        web.screenshot("reviewer-accepted");
        assertThat(city.admin.get(city.api("/audit?limit=100")).body()).contains("panel.accepted");
    }
}
