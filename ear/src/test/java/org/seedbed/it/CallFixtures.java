package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A city ready for calls: a district, an officer, an NGO owner and a co-applicant of one verified
 * organization founded years ago, and helpers to create calls and fill the standard form.
 */
final class CallFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final String city;
    final Http admin;
    final Http officer;
    final Http ngo;
    final Http coApplicant;
    final long district;
    final long organization;

    CallFixtures(String prefix, String nameZh) {
        city = TestCities.uniqueSlug(prefix);
        TestCities.create(city, nameZh, "Calls City");
        admin = TestCities.adminWithToken(city);
        long root = Http.array(admin.get(api("/org-units")))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        district = id(admin.postJson(
                api("/org-units"), "{\"parentId\":%d,\"nameZh\":\"包河区\",\"nameEn\":\"Baohe\"}".formatted(root)));
        officer = TestCities.person(city, admin, "officer", "PROGRAM_OFFICER");
        ngo = TestCities.person(city, admin, "ngo", "NGO_MEMBER");
        coApplicant = TestCities.person(city, admin, "co-applicant", "NGO_MEMBER");
        organization = verifiedOrganization(ngo, "暖心社会工作服务中心", "52340111MJA412686B");
        assertThat(ngo.postJson(
                                api("/organizations/" + organization + "/members"),
                                "{\"user\":\"co-applicant\",\"role\":\"EDITOR\"}")
                        .statusCode())
                .isEqualTo(200);
    }

    long verifiedOrganization(Http owner, String name, String code) {
        long id = id(owner.postJson(
                api("/organizations"),
                """
                {"nameZh":"%s","kind":"SOCIAL_SERVICE_AGENCY","registration":"REGISTERED","creditCode":"%s",
                 "foundedOn":"2016-03-08","orgUnitId":%d}
                """
                        .formatted(name, code, district)));
        owner.postJson(api("/organizations/" + id + "/submission"), "");
        assertThat(officer.postJson(api("/organizations/" + id + "/review"), "{\"decision\":\"VERIFY\"}")
                        .statusCode())
                .isEqualTo(200);
        return id;
    }

    /** A draft call of the district, cap ¥200,000, open since yesterday until {@code deadline}. */
    JsonObject draftCall(String title, LocalDateTime deadline) {
        HttpResponse<String> created = officer.postJson(
                api("/calls"),
                """
                {"orgUnitId":%d,"titleZh":"%s","fundTotal":5000000,"budgetMinimum":10000,"budgetCap":200000,
                 "cofundingPercent":10,"opensAt":"%s","deadlineAt":"%s"}
                """
                        .formatted(
                                district,
                                title,
                                LocalDateTime.now(SHANGHAI).minusDays(1).withNano(0),
                                deadline));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.object(created);
    }

    JsonObject publishedCall(String title, LocalDateTime deadline) {
        long id = draftCall(title, deadline).getJsonNumber("id").longValue();
        HttpResponse<String> published = officer.postJson(api("/calls/" + id + "/publication"), "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return Http.object(published);
    }

    long start(Http applicant, long call, long organizationId, String title) {
        return id(applicant.postJson(
                api("/submissions"),
                "{\"callId\":%d,\"organizationId\":%d,\"title\":\"%s\"}".formatted(call, organizationId, title)));
    }

    /** Complete answers to the standard form, asking for {@code requested} yuan with 10% own money. */
    static JsonObject answers(int requested) {
        int total = requested * 10 / 9;
        return Json.createObjectBuilder()
                .add("summary", "以社区为平台，整合社工与志愿者力量，为独居老人提供每周探访与紧急援助服务，形成可复制的社区为老服务模式。")
                .add("need", "前期走访发现本社区独居老人一百二十余人，其中多数缺少日常照护，现有服务覆盖不足，居民参与意愿较强，具备开展项目的良好基础。")
                .add("beneficiaries", 120)
                .add("area", "elderly")
                .add(
                        "budget",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("category", "ELDERLY")
                                        .add("item", "专业社工服务费")
                                        .add("unitCost", total)
                                        .add("quantity", 1)
                                        .add("own", total - requested)
                                        .add("cofunding", 0)))
                .add(
                        "indicators",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "探访人次")
                                        .add("unit", "人次")
                                        .add("baseline", 0)
                                        .add("target", 720)))
                .build();
    }

    static String draft(String title, JsonObject answers, long version) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("categoryCode", "ELDERLY")
                .add("answers", answers)
                .add("version", version)
                .build()
                .toString();
    }

    String api(String path) {
        return "/c/" + city + "/api/v1" + path;
    }

    static long id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.object(created).getJsonNumber("id").longValue();
    }
}
