package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seedbed.organization.control.UnifiedSocialCreditCode;

/**
 * A whole review through the API: the expert pool, a panel whose experts accept by signing the
 * declaration, conflicts derived (an expert who is a member of the applicant) and declared, an
 * optimal assignment that never pairs a conflict, scoring with range checks and locking, the
 * ranking with all methods, decisions, the public notice with an objection resolved, and awards
 * that become final only after the window. An expert of another city reaches none of it.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewCycleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private static final String CRITERIA = "NEED,FEASIBILITY,INNOVATION,SUSTAINABILITY,BUDGET,CAPACITY";

    @Test
    void expertsScoreWhatTheyMayAndAwardsBecomeFinalAfterTheNotice() throws Exception {
        CallFixtures city = new CallFixtures("rev", "评审市");
        long call = city.publishedCall(
                        "2026年评审测试创投",
                        LocalDateTime.now(CallFixtures.SHANGHAI).plusDays(10).withNano(0))
                .getJsonNumber("id")
                .longValue();
        List<Long> organizations = new ArrayList<>(List.of(city.organization));
        for (int i = 1; i <= 3; i++) {
            organizations.add(city.verifiedOrganization(
                    city.ngo, "评审测试机构" + i, UnifiedSocialCreditCode.withCheckCharacters("52340111MJA0000" + i)));
        }
        List<Long> applications = new ArrayList<>();
        // Amounts whose 10% own share is exact, as the call asks for at least 10% co-funding.
        List<Integer> requested = List.of(90_000, 45_000, 180_000, 135_000);
        for (int i = 0; i < organizations.size(); i++) {
            long submission = city.start(city.ngo, call, organizations.get(i), "评审项目" + i);
            city.ngo.putJson(
                    city.api("/submissions/" + submission),
                    CallFixtures.draft("评审项目" + i, CallFixtures.answers(requested.get(i)), 0));
            var submitted = city.ngo.postJson(city.api("/submissions/" + submission + "/submission"), "");
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
            city.officer.postJson(city.api("/submissions/" + submission + "/screening"), "{\"decision\":\"ELIGIBLE\"}");
            applications.add(submission);
        }

        Map<String, Http> experts = new HashMap<>();
        Map<String, Long> expertIds = new HashMap<>();
        for (String name : List.of("expert-a", "expert-b", "expert-c", "expert-d")) {
            experts.put(name, TestCities.person(city.city, city.admin, name, "REVIEWER"));
            JsonObject added = Http.object(city.officer.postJson(
                    city.api("/experts"),
                    "{\"username\":\"%s\",\"expertise\":[\"ELDERLY\"],\"maxLoad\":4,\"employer\":\"安徽大学\"}"
                            .formatted(name)));
            expertIds.put(name, added.getJsonNumber("id").longValue());
        }
        // expert-d works with the first applicant: a conflict Seedbed derives by itself.
        city.ngo.postJson(
                city.api("/organizations/" + city.organization + "/members"),
                "{\"user\":\"expert-d\",\"role\":\"EDITOR\"}");
        for (var expert : expertIds.entrySet()) {
            city.officer.postJson(
                    city.api("/calls/" + call + "/review/panel/members"),
                    "{\"expertId\":%d}".formatted(expert.getValue()));
            Http http = experts.get(expert.getKey());
            long member = Http.array(http.get(city.api("/reviews/panels")))
                    .getJsonObject(0)
                    .getJsonNumber("memberId")
                    .longValue();
            assertThat(http.postJson(
                                    city.api("/reviews/panels/" + member + "/acceptance"),
                                    "{\"signedName\":\"someone\"}")
                            .statusCode())
                    .as("the declaration is signed with one's own name")
                    .isEqualTo(400);
            assertThat(Http.object(http.postJson(
                                    city.api("/reviews/panels/" + member + "/acceptance"),
                                    "{\"signedName\":\"%s\"}".formatted(expert.getKey())))
                            .getString("status"))
                    .isEqualTo("ACCEPTED");
        }
        long declared = applications.get(1);
        assertThat(experts.get("expert-a")
                        .postJson(
                                city.api("/reviews/calls/" + call + "/conflicts"),
                                "{\"submissionId\":%d,\"kind\":\"FAMILY\"}".formatted(declared))
                        .statusCode())
                .isEqualTo(200);
        city.officer.putJson(city.api("/calls/" + call + "/review/panel"), "{\"reviewersNeeded\":2}");

        JsonObject board =
                Http.object(city.officer.postJson(city.api("/calls/" + call + "/review/assignments/computation"), ""));
        JsonArray pairs = board.getJsonArray("assignments");
        assertThat(pairs).hasSize(2 * applications.size());
        for (JsonValue value : pairs) {
            JsonObject pair = value.asJsonObject();
            long expert = pair.getJsonNumber("expertId").longValue();
            long submission = pair.getJsonNumber("submissionId").longValue();
            assertThat(expert == expertIds.get("expert-d") && submission == applications.get(0))
                    .as("a member of the applicant never reviews it")
                    .isFalse();
            assertThat(expert == expertIds.get("expert-a") && submission == declared)
                    .as("a declared conflict is never assigned")
                    .isFalse();
        }
        assertThat(board.getJsonObject("loads").values())
                .as("balanced: 8 reviews over 4 experts")
                .allSatisfy(load ->
                        assertThat(((jakarta.json.JsonNumber) load).intValue()).isEqualTo(2));
        assertThat(Http.array(experts.get("expert-b").get(city.api("/reviews/assignments"))))
                .as("nothing before release")
                .isEmpty();
        city.officer.postJson(city.api("/calls/" + call + "/review/assignments/release"), "");

        Map<Long, Integer> level =
                Map.of(applications.get(0), 9, applications.get(1), 7, applications.get(2), 5, applications.get(3), 3);
        for (var expert : experts.entrySet()) {
            Http http = expert.getValue();
            for (JsonValue value : Http.array(http.get(city.api("/reviews/assignments")))) {
                JsonObject mine = value.asJsonObject();
                long assignment = mine.getJsonNumber("assignmentId").longValue();
                long submission = mine.getJsonNumber("submissionId").longValue();
                assertThat(http.putJson(
                                        city.api("/reviews/assignments/" + assignment + "/sheet"),
                                        "{\"scores\":{\"NEED\":11}}")
                                .statusCode())
                        .as("out of the scale")
                        .isEqualTo(400);
                StringBuilder scores = new StringBuilder();
                for (String code : CRITERIA.split(",")) {
                    scores.append(scores.isEmpty() ? "" : ",")
                            .append("\"%s\":%d".formatted(code, level.get(submission)));
                }
                JsonObject saved = Http.object(http.putJson(
                        city.api("/reviews/assignments/" + assignment + "/sheet"),
                        "{\"scores\":{%s},\"recommendation\":\"FUND\",\"comments\":\"需求调研扎实。\"}".formatted(scores)));
                assertThat(saved.getJsonNumber("total").doubleValue()).isEqualTo(level.get(submission) * 10.0);
                assertThat(http.postJson(city.api("/reviews/assignments/" + assignment + "/sheet/submission"), "")
                                .statusCode())
                        .isEqualTo(200);
                assertThat(http.putJson(city.api("/reviews/assignments/" + assignment + "/sheet"), "{\"scores\":{}}")
                                .statusCode())
                        .as("locked once submitted")
                        .isEqualTo(409);
            }
        }

        JsonObject ranking =
                Http.object(city.officer.get(city.api("/calls/" + call + "/review/ranking?method=TRIMMED_MEAN")));
        JsonArray rows = ranking.getJsonArray("rows");
        assertThat(rows).hasSize(4);
        assertThat(rows.getJsonObject(0).getJsonNumber("submissionId").longValue())
                .isEqualTo(applications.get(0));
        assertThat(rows.getJsonObject(0).getJsonNumber("weightedMean").doubleValue())
                .isEqualTo(90.0);
        assertThat(rows.getJsonObject(0).getJsonNumber("median").doubleValue()).isEqualTo(90.0);
        assertThat(rows.getJsonObject(3).getBoolean("recommended"))
                .as("30 points is below the pass mark")
                .isFalse();
        assertThat(city.officer
                        .getBytes(city.api("/calls/" + call + "/review/ranking.xlsx"))
                        .statusCode())
                .isEqualTo(200);

        String decisions = "/calls/" + call + "/review/decisions/";
        assertThat(Http.object(city.officer.putJson(
                                city.api(decisions + applications.get(0)), "{\"outcome\":\"FUNDED\",\"amount\":60000}"))
                        .getString("outcome"))
                .isEqualTo("FUNDED");
        city.officer.putJson(city.api(decisions + applications.get(1)), "{\"outcome\":\"RESERVE\"}");
        assertThat(city.officer
                        .putJson(city.api(decisions + applications.get(3)), "{\"outcome\":\"DECLINED\"}")
                        .statusCode())
                .as("a reason is owed")
                .isEqualTo(400);
        city.officer.putJson(
                city.api(decisions + applications.get(3)), "{\"outcome\":\"DECLINED\",\"reason\":\"评审得分未达到60分。\"}");

        LocalDateTime closes =
                LocalDateTime.now(CallFixtures.SHANGHAI).plusSeconds(6).withNano(0);
        assertThat(city.officer
                        .postJson(city.api("/calls/" + call + "/review/notice?closesAt=" + closes), "")
                        .statusCode())
                .isEqualTo(200);
        JsonObject notice = Http.object(new Http().get(city.api("/calls/" + call + "/notice")));
        assertThat(notice.getBoolean("open")).isTrue();
        assertThat(notice.getJsonArray("awards")).hasSize(1);
        assertThat(new Http()
                        .postJson(
                                city.api("/calls/" + call + "/notice/objections"),
                                "{\"submissionId\":%d,\"name\":\"王女士\",\"contact\":\"13800000000\",\"text\":\"该机构去年项目未结项。\"}"
                                        .formatted(applications.get(0)))
                        .statusCode())
                .isEqualTo(201);
        assertThat(city.officer
                        .postJson(city.api("/calls/" + call + "/review/finalization"), "")
                        .body())
                .contains("notice.stillOpen");
        while (!LocalDateTime.now(CallFixtures.SHANGHAI).isAfter(closes.plusSeconds(1))) {
            Thread.sleep(250);
        }
        assertThat(city.officer
                        .postJson(city.api("/calls/" + call + "/review/finalization"), "")
                        .body())
                .contains("notice.openObjections");
        long objection = Http.array(city.officer.get(city.api("/calls/" + call + "/review/objections")))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        city.officer.postJson(
                city.api("/calls/" + call + "/review/objections/" + objection + "/resolution"),
                "{\"outcome\":\"DISMISSED\",\"resolution\":\"经复核，该机构去年项目已按期结项。\"}");
        JsonObject finalized =
                Http.object(city.officer.postJson(city.api("/calls/" + call + "/review/finalization"), ""));
        assertThat(finalized.getJsonArray("awards").getJsonObject(0).getBoolean("isFinal"))
                .isTrue();
        assertThat(city.officer
                        .putJson(
                                city.api(decisions + applications.get(0)),
                                "{\"outcome\":\"DECLINED\",\"reason\":\"x\"}")
                        .statusCode())
                .isEqualTo(409);

        String audit = city.admin.get(city.api("/audit?limit=500")).body();
        assertThat(audit)
                .contains(
                        "conflict.declared",
                        "assignment.computed",
                        "score.submitted",
                        "decision.recorded",
                        "objection.filed",
                        "objection.resolved",
                        "awards.finalized");
        assertThat(Http.object(city.admin.get(city.api("/audit/verification"))).getBoolean("intact"))
                .isTrue();

        // An expert of another city: their token finds nothing here, and the same ids there are not these.
        CallFixtures other = new CallFixtures("rev-b", "别市");
        Http stranger = TestCities.person(other.city, other.admin, "expert-a", "REVIEWER");
        long someAssignment = pairs.getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(stranger.get(city.api("/reviews/assignments/" + someAssignment))
                        .statusCode())
                .as("another city’s credentials find nothing here, as everywhere")
                .isEqualTo(404);
        assertThat(stranger.get(other.api("/reviews/assignments/" + someAssignment))
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.get(other.api("/reviews/assignments")).body()).isEqualTo("[]");
    }
}
