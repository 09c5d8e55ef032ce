package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A city with an open campaign of its verified organization and helpers to add matching pools and
 * to give as an anonymous donor would, through the API.
 */
final class CampaignFixtures {

    final CallFixtures city;
    final long campaign;
    final Http donor = new Http();

    CampaignFixtures(String prefix, String nameZh) {
        city = new CallFixtures(prefix, nameZh);
        campaign = campaign("社区长者助餐点", 100_000);
    }

    long campaign(String title, int goalYuan) {
        Instant now = Instant.now();
        JsonObject created = Http.object(city.officer.postJson(
                city.api("/campaigns"),
                """
                {"organizationId":%d,"titleZh":"%s","storyZh":"为社区独居老人提供每日午餐。","goal":%d,
                 "startsAt":"%s","endsAt":"%s","budgetLines":[{"category":"餐费","item":"午餐补贴","amount":60000}]}
                """
                        .formatted(
                                city.organization,
                                title,
                                goalYuan,
                                now.minus(1, ChronoUnit.HOURS),
                                now.plus(30, ChronoUnit.DAYS))));
        long id = created.getJsonNumber("id").longValue();
        assertThat(Http.object(city.officer.postJson(city.api("/campaigns/" + id + "/approval"), ""))
                        .getString("status"))
                .isEqualTo("ACTIVE");
        return id;
    }

    /** A 1:1 pool for the campaign with the given budget (yuan) and optional per-donation cap. */
    long pool(long campaignId, int budgetYuan, String extra) {
        Instant now = Instant.now();
        return Http.object(city.officer.postJson(
                        city.api("/matching-pools"),
                        """
                        {"sponsorName":"爱心企业","sponsorKind":"COMPANY","scope":"CAMPAIGN","campaignId":%d,
                         "budget":%d,"ratio":1,"startsAt":"%s","endsAt":"%s"%s}
                        """
                                .formatted(
                                        campaignId,
                                        budgetYuan,
                                        now.minus(1, ChronoUnit.HOURS),
                                        now.plus(30, ChronoUnit.DAYS),
                                        extra == null ? "" : "," + extra)))
                .getJsonNumber("id")
                .longValue();
    }

    HttpResponse<String> give(Http who, long campaignId, String amount, String email) {
        return who.postJson(
                city.api("/campaigns/" + campaignId + "/donations"),
                "{\"amount\":%s,\"name\":\"王女士\"%s}"
                        .formatted(amount, email == null ? "" : ",\"email\":\"" + email + "\""));
    }

    /** The sandbox session of a started donation, from the payment page address it was given. */
    static String session(JsonObject start) {
        String url = start.getString("checkoutUrl");
        return url.substring(url.indexOf("session=") + "session=".length());
    }

    JsonObject pool(long poolId) {
        return Http.object(city.officer.get(city.api("/matching-pools/" + poolId)));
    }

    JsonObject campaignView(long campaignId) {
        return Http.object(donor.get(city.api("/campaigns/" + campaignId)));
    }
}
