package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser, in Chinese: a resident types 养老 into the public search, sees organizations
 * and a call with the word highlighted and facet counts, narrows to one service area, and opens a
 * result; an officer finds an application on the staff search page.
 */
@ExtendWith(ArquillianExtension.class)
class SearchBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    @Test
    void aResidentSearchesInChineseAndNarrowsByFacet() throws Exception {
        String city = TestCities.uniqueSlug("searchweb");
        TestCities.create(city, "搜索测试市", "Search Test City");
        Http admin = TestCities.adminWithToken(city);
        TestCities.person(city, admin, "officer", "PROGRAM_OFFICER");
        SearchCorpus corpus = SearchCorpus.write(city, "");
        reindex(city, admin);
        String base = Http.BASE + "/c/" + city;

        try (Browser web = Browser.start()) {
            WebDriver browser = web.driver;
            try {
                web.openPage(base + "/search.xhtml", "zh", "search-empty-zh");
                WebElement box = browser.findElement(By.id("search-q"));
                box.sendKeys("养老");
                browser.findElement(By.id("search-submit")).click();
                web.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.id("search-hit-organization-" + corpus.id("elderlyCare"))));
                assertThat(browser.findElement(By.id("search-results")).getText())
                        .contains("暖阳社区养老服务中心", "2026年社区养老服务公益创投")
                        .doesNotContain("老有所养养老互助会", "养老草稿公告");
                assertThat(browser.findElements(By.cssSelector("#search-results mark")))
                        .as("the typed word is highlighted")
                        .isNotEmpty();
                assertThat(browser.findElement(By.id("facet-type")).getText()).contains("2");
                web.screenshot("search-1-results-zh");

                web.click(browser.findElement(By.id("facet-area-ELDERLY")));
                web.wait.until(ExpectedConditions.invisibilityOfElementLocated(
                        By.id("search-hit-call-" + corpus.id("elderlyCall"))));
                assertThat(browser.findElements(By.cssSelector("[id^='search-hit-']")))
                        .hasSize(2);
                web.screenshot("search-2-elderly-area-zh");

                web.click(browser.findElement(
                        By.cssSelector("#search-hit-organization-" + corpus.id("elderlyCare") + " a")));
                web.awaitUrl("organization.xhtml");
                assertThat(browser.getPageSource()).contains("暖阳社区养老服务中心");

                web.openPage(
                        base + "/search.xhtml?q=" + URLEncoder.encode("elderly", StandardCharsets.UTF_8),
                        "en",
                        "search-elderly-en");
                assertThat(browser.findElement(By.id("search-results")).getText())
                        .contains("Elderly");

                web.logIn(base, "officer", TestCities.PERSON_PASSWORD);
                web.openPage(
                        base + "/staff/search.xhtml?q=" + URLEncoder.encode("助餐", StandardCharsets.UTF_8),
                        "zh",
                        "staff-search-zh");
                assertThat(browser.findElements(By.id("search-hit-submission-" + corpus.id("mealsApplication"))))
                        .hasSize(1);
                assertThat(browser.findElements(By.id("search-hit-submission-" + corpus.id("draftApplication"))))
                        .isEmpty();

                web.openPage(base + "/staff/dashboard.xhtml", "zh", "staff-dashboard-funding-zh");
                assertThat(browser.findElements(By.cssSelector("[id$='fundingCategoryChart']")))
                        .as("funds by category are charted")
                        .isNotEmpty();

                web.switchTo(base, "admin", TestCities.ADMIN_PASSWORD);
                web.openPage(base + "/admin/search-index.xhtml", "zh", "admin-search-index-zh");
                web.click(browser.findElement(By.id("reindexForm:reindex-start")));
                web.wait.until(ExpectedConditions.attributeToBe(By.id("reindex-state"), "data-phase", "DONE"));
                assertThat(browser.findElement(By.id("reindex-percent")).getText())
                        .contains("100");
                web.screenshot("search-3-reindexed-zh");
            } catch (RuntimeException | AssertionError e) {
                web.screenshot("failure-SearchBrowserIT");
                throw e;
            }
        }
    }

    private static void reindex(String city, Http admin) throws InterruptedException {
        String id = Http.object(admin.postJson("/c/" + city + "/api/v1/search-index/reindex", "{}"))
                .getString("id");
        for (int i = 0; i < 240; i++) {
            String phase = Http.object(admin.get("/c/" + city + "/api/v1/search-index/jobs/" + id))
                    .getString("phase");
            if (phase.equals("DONE")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("reindex did not finish");
    }
}
