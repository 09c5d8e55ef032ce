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
 * A donor on a phone gives to a campaign through the sandbox: picks an amount, sees the match,
 * pays on the sandbox page, and gets the thank-you page with the match and the receipt; the
 * campaign page shows the gift. Then every campaign page of officers, organizations, city admins
 * and sponsors renders in both languages.
 */
@ExtendWith(ArquillianExtension.class)
class DonationBrowserIT {

    private Browser web;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    @AfterEach
    void close() {
        if (web != null) {
            web.close();
        }
    }

    @Test
    void aDonorGivesThroughTheSandboxAndSeesTheMatchAndTheReceipt() throws Exception {
        CampaignFixtures f = new CampaignFixtures("giveweb", "网页捐赠市");
        CallFixtures city = f.city;
        long pool = f.pool(f.campaign, 1000, "\"perDonationCap\":30");
        String base = Http.BASE + "/c/" + city.city;
        try {
            web = Browser.startPhone();
            web.driver.get(base + "/campaigns.xhtml?lang=zh");
            web.screenshot("give-1-campaigns");
            web.driver.get(base + "/campaign.xhtml?id=" + f.campaign + "&lang=zh");
            web.click(web.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='preset-1']"))));
            web.wait.until(d -> d.findElement(By.cssSelector("[id$='matchPreview']"))
                    .getText()
                    .contains("30"));
            web.field("name").sendKeys("林女士");
            web.field("email").sendKeys("lin@example.org");
            web.field("message").sendKeys("祝老人们健康！");
            web.screenshot("give-2-form");
            web.click(web.field("donate"));
            web.awaitUrl("/pay/sandbox.xhtml");
            web.screenshot("give-3-sandbox");
            web.click(web.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='pay']"))));
            web.awaitUrl("/thanks.xhtml");
            web.wait.until(d -> d.findElement(By.cssSelector("[id$='donationStatus']"))
                    .getText()
                    .contains("已付款"));
            assertThat(web.driver.findElement(By.cssSelector("[id$='matched']")).getText())
                    .contains("30");
            assertThat(web.driver.findElement(By.cssSelector("[id$='receipt']")).getAttribute("href"))
                    .contains("/donations/receipts/");
            web.screenshot("give-4-thanks");

            JsonObject campaign = f.campaignView(f.campaign);
            assertThat(campaign.getJsonNumber("raised").intValue()).isEqualTo(50);
            assertThat(campaign.getJsonNumber("matched").intValue()).isEqualTo(30);
            web.driver.get(base + "/campaign.xhtml?id=" + f.campaign + "&lang=zh");
            assertThat(web.driver.getPageSource()).contains("林女士", "祝老人们健康！");
            web.screenshot("give-5-campaign-after");

            String token = f.pool(pool).getString("sponsorToken");
            for (String language : List.of("zh", "en")) {
                web.openPage(base + "/campaign.xhtml?id=" + f.campaign, language, "campaign-" + language);
                web.openPage(base + "/sponsor.xhtml?token=" + token, language, "sponsor-" + language);
            }
            web.close();
            web = Browser.start();
            web.logIn(base, "officer", TestCities.PERSON_PASSWORD);
            for (String language : List.of("zh", "en")) {
                for (String page : List.of(
                        "/staff/campaigns.xhtml",
                        "/staff/campaign.xhtml?id=" + f.campaign,
                        "/staff/pools.xhtml",
                        "/staff/pool.xhtml?id=" + pool)) {
                    web.openPage(base + page, language, "staff" + page.replaceAll("\\W", "-") + "-" + language);
                }
            }
            web.driver.get(base + "/staff/campaign.xhtml?id=" + f.campaign + "&lang=zh");
            assertThat(web.driver.getPageSource()).contains("林女士");
            web.switchTo(base, "ngo", TestCities.PERSON_PASSWORD);
            for (String language : List.of("zh", "en")) {
                web.openPage(base + "/ngo/campaigns.xhtml", language, "ngo-campaigns-" + language);
                web.openPage(base + "/account/donations.xhtml", language, "my-donations-" + language);
            }
            web.switchTo(base, "admin", TestCities.ADMIN_PASSWORD);
            for (String language : List.of("zh", "en")) {
                web.openPage(base + "/admin/payments.xhtml", language, "admin-payments-" + language);
            }
        } catch (RuntimeException | AssertionError failure) {
            if (web != null) {
                web.screenshot("failure-DonationBrowserIT");
            }
            throw failure;
        }
    }
}
