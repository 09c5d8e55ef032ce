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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A live pitch as the room sees it: the chair opens the pitch on the projector, an expert scores
 * it on a phone (tapping the scale, recommending, submitting), and the chair's screen lifts the
 * seal and shows the result by itself, without reloading the page.
 */
@ExtendWith(ArquillianExtension.class)
class LivePitchBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private static final List<String> CRITERIA =
            List.of("NEED", "FEASIBILITY", "INNOVATION", "SUSTAINABILITY", "BUDGET", "CAPACITY");

    private Browser chair;
    private Browser phone;

    @AfterEach
    void stop() {
        if (chair != null) {
            chair.close();
        }
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void anExpertScoresOnAPhoneAndTheChairsScreenShowsTheResultWithoutReloading() throws Exception {
        CallFixtures city = new CallFixtures("live", "路演页面市");
        long call = PitchIT.reviewedCall(city);
        long application = PitchIT.applications(city, call, 1).get(0);
        Map<String, Http> experts = PitchIT.panel(city, call, List.of("judge-a", "judge-b", "judge-c"));
        city.officer.putJson(city.api("/calls/" + call + "/review/panel"), "{\"reviewersNeeded\":3}");
        city.officer.postJson(city.api("/calls/" + call + "/review/assignments/computation"), "");
        city.officer.postJson(city.api("/calls/" + call + "/review/assignments/release"), "");
        String base = Http.BASE + "/c/" + city.city;
        try {
            chair = Browser.start();
            chair.logIn(base, "officer", TestCities.PERSON_PASSWORD);
            chair.driver.get(base + "/staff/pitch.xhtml?call=" + call + "&lang=zh");
            chair.click(chair.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("tr#pitch-" + application + " [id$=':open']"))));
            chair.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sealed")));
            chair.wait.until(d -> "open".equals(chair.script("return document.documentElement.dataset.pitchStream;")));
            chair.script("window.sbSamePage = true;");
            chair.screenshot("pitch-1-chair-sealed");

            PitchIT.score(city, experts.get("judge-b"), application, 6);
            PitchIT.score(city, experts.get("judge-c"), application, 8);
            chair.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("seats"), "2 / 3"));
            assertThat(chair.driver.findElements(By.id("aggregate")))
                    .as("sealed at 2 of 3")
                    .isEmpty();

            phone = Browser.startPhone();
            phone.logIn(base, "judge-a", TestCities.PERSON_PASSWORD);
            phone.driver.get(base + "/reviewer/panels.xhtml?lang=zh");
            phone.click(
                    phone.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id^='score-live-']"))));
            phone.wait.until(ExpectedConditions.urlContains("sheet.xhtml"));
            phone.screenshot("pitch-2-phone-sheet");
            for (String code : CRITERIA) {
                tap(phone, "[id$='score-" + code + "']", "9");
            }
            phone.click(phone.field("recommendation").findElement(By.cssSelector(".ui-button")));
            phone.awaitAjax();
            phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[id$='sheetForm:total']"), "90"));
            phone.screenshot("pitch-3-phone-scored");
            phone.click(phone.field("sheetForm:submit"));
            phone.wait.until(ExpectedConditions.alertIsPresent()).accept();
            phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submitted-badge")));
            phone.screenshot("pitch-4-phone-submitted");

            chair.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("aggregate")));
            assertThat(chair.driver.findElement(By.id("trimmedMean")).getText()).isEqualTo("80.00");
            assertThat(chair.driver.findElement(By.id("mean")).getText()).isEqualTo("76.67");
            assertThat(chair.script("return window.sbSamePage === true;"))
                    .as("the result arrived without reloading the page")
                    .isEqualTo(true);
            chair.screenshot("pitch-5-chair-result");
        } catch (RuntimeException | AssertionError failure) {
            if (chair != null) {
                chair.screenshot("failure-LivePitchBrowserIT-chair");
            }
            if (phone != null) {
                phone.screenshot("failure-LivePitchBrowserIT-phone");
            }
            throw failure;
        }
    }

    /** Taps a value of a scale of buttons, as a thumb would. */
    private static void tap(Browser browser, String scale, String value) {
        WebElement buttons = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(scale)));
        WebElement button = buttons.findElements(By.cssSelector(".ui-button")).stream()
                .filter(b -> b.getText().strip().equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + value + " in " + scale));
        browser.click(button);
        browser.awaitAjax();
    }
}
