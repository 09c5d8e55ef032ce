package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Grants after the award through the API: a final award becomes a grant whose tranches add up to
 * it, the agreement PDF is generated and signed by both sides, the first tranche is released, a
 * report goes back for changes and is approved, a mid-term evaluation below the pass mark holds
 * the next tranche and shows on the credit record, and a re-evaluation after rectification
 * resumes it; reports come in pairs (progress with the call's questions, financial); a termination cancels what is unpaid and
 * records the claw-back; another city's officer and evaluator reach none of it.
 */
@ExtendWith(ArquillianExtension.class)
class GrantLifecycleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    @Test
    void aFailedMidTermHoldsTheSecondTrancheAndATerminationRecordsTheClawBack() throws Exception {
        GrantFixtures fixtures = new GrantFixtures("grant", "立项市", 2);
        CallFixtures city = fixtures.city;
        long awarded = fixtures.awards.get(0);

        JsonObject grant = Http.object(city.officer.postJson(
                city.api("/grants"),
                "{\"submissionId\":%d,\"tranchePlan\":\"40/30/30\",\"targets\":{\"BENEFICIARIES\":120}}"
                        .formatted(awarded)));
        long id = grant.getJsonNumber("id").longValue();
        JsonArray tranches = grant.getJsonArray("tranches");
        assertThat(tranches.stream()
                        .map(t -> t.asJsonObject().getJsonNumber("amount").bigDecimalValue()))
                .containsExactly(new BigDecimal("36000.00"), new BigDecimal("27000.00"), new BigDecimal("27000.00"));
        assertThat(grant.getString("status")).isEqualTo("AGREEMENT_PENDING");
        assertThat(city.officer
                        .postJson(city.api("/grants"), "{\"submissionId\":%d}".formatted(awarded))
                        .statusCode())
                .as("one grant per award")
                .isEqualTo(409);
        assertThat(release(city, id, 1).statusCode())
                .as("not before the agreement")
                .isEqualTo(409);

        Http.object(city.officer.postJson(city.api("/grants/" + id + "/agreement"), ""));
        var pdf = city.ngo.getBytes(city.api("/grants/" + id + "/agreement.pdf"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(PrintedPdf.of(pdf.body()).text()).contains("资助协议", "36000.00");
        assertThat(city.officer
                        .postJson(city.api("/grants/" + id + "/agreement/countersignature"), "")
                        .statusCode())
                .as("the organization signs first")
                .isEqualTo(409);
        assertThat(city.coApplicant
                        .postJson(city.api("/grants/" + id + "/agreement/signature"), "")
                        .statusCode())
                .as("only an owner binds the organization")
                .isEqualTo(404);
        assertThat(city.ngo
                        .postJson(city.api("/grants/" + id + "/agreement/signature"), "")
                        .statusCode())
                .isEqualTo(200);
        JsonObject active =
                Http.object(city.officer.postJson(city.api("/grants/" + id + "/agreement/countersignature"), ""));
        assertThat(active.getString("status")).isEqualTo("ACTIVE");
        assertThat(active.getJsonObject("agreement").getBoolean("signed")).isTrue();

        JsonObject first = Http.object(release(city, id, 1));
        assertThat(first.getJsonNumber("released").bigDecimalValue()).isEqualByComparingTo("36000");
        assertThat(release(city, id, 2).body()).as("the report comes first").contains("report");

        JsonArray reports = first.getJsonArray("reports");
        assertThat(reports.stream().map(r -> r.asJsonObject().getString("kind")))
                .as("a progress and a financial report per round, the final pair last")
                .containsExactly("PROGRESS", "FINANCIAL", "FINAL", "FINANCIAL");
        long report = reports.getJsonObject(0).getJsonNumber("id").longValue();
        long financial = reports.getJsonObject(1).getJsonNumber("id").longValue();
        assertThat(reports.getJsonObject(0)
                        .getJsonObject("form")
                        .getJsonArray("pages")
                        .getJsonObject(0)
                        .getJsonArray("questions"))
                .as("the call's report questions, copied into the report")
                .isNotEmpty();
        assertThat(city.ngo
                        .putJson(
                                city.api("/grant-reports/" + report),
                                "{\"narrative\":\"已开展探访 40 次。\",\"answers\":{\"schedule\":\"fast\"}}")
                        .body())
                .as("an answer outside the question's choices")
                .contains("answers.schedule");
        assertThat(city.ngo
                        .putJson(
                                city.api("/grant-reports/" + report),
                                "{\"narrative\":\"已开展探访 40 次。\",\"indicatorActuals\":{\"BENEFICIARIES\":64}}")
                        .statusCode())
                .isEqualTo(200);
        var unanswered = city.ngo.postJson(city.api("/grant-reports/" + report + "/submission"), "");
        assertThat(unanswered.statusCode()).isEqualTo(400);
        assertThat(unanswered.body()).as("required report questions").contains("answers.next_steps");
        assertThat(city.ngo
                        .putJson(
                                city.api("/grant-reports/" + report),
                                "{\"narrative\":\"已开展探访 40 次。\",\"indicatorActuals\":{\"BENEFICIARIES\":64},"
                                        + "\"answers\":{\"schedule\":\"on_plan\",\"satisfaction\":92,"
                                        + "\"next_steps\":\"开展邻里互助小组活动，扩大志愿者队伍。\"}}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(city.ngo
                        .postJson(city.api("/grant-reports/" + report + "/submission"), "")
                        .statusCode())
                .isEqualTo(200);
        assertThat(city.officer
                        .postJson(city.api("/grant-reports/" + report + "/change-request"), "{}")
                        .statusCode())
                .as("changes need a note")
                .isEqualTo(400);
        assertThat(Http.object(city.officer.postJson(
                                city.api("/grant-reports/" + report + "/change-request"), "{\"note\":\"请补充服务对象名单。\"}"))
                        .getString("status"))
                .isEqualTo("CHANGES_REQUESTED");
        city.ngo.postJson(city.api("/grant-reports/" + report + "/submission"), "");
        JsonObject approved =
                Http.object(city.officer.postJson(city.api("/grant-reports/" + report + "/approval"), "{}"));
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getJsonObject("answers").getString("next_steps")).isEqualTo("开展邻里互助小组活动，扩大志愿者队伍。");
        assertThat(release(city, id, 2).body())
                .as("the financial report of the round is still missing")
                .contains("REPORT_NOT_APPROVED");

        assertThat(city.ngo
                        .postJson(city.api("/grant-reports/" + financial + "/submission"), "")
                        .body())
                .as("a financial report accounts for money spent")
                .contains("expenses");
        city.ngo.putJson(
                city.api("/grant-reports/" + financial),
                "{\"narrative\":\"按预算执行。\",\"expenses\":[{\"category\":\"活动费\",\"item\":\"探访交通\",\"amount\":1200.50}]}");
        assertThat(city.ngo
                        .postJson(city.api("/grant-reports/" + financial + "/submission"), "")
                        .statusCode())
                .isEqualTo(200);
        city.officer.postJson(city.api("/grant-reports/" + financial + "/approval"), "{}");
        assertThat(release(city, id, 2).statusCode())
                .as("the mid-term evaluation comes next")
                .isEqualTo(409);

        Http evaluator = TestCities.person(city.city, city.admin, "assessor", "EVALUATOR");
        long evaluation = Http.object(
                        city.officer.postJson(
                                city.api("/grants/" + id + "/evaluations"),
                                "{\"stage\":\"MID_TERM\",\"evaluatorUsername\":\"assessor\",\"evaluatorOrganization\":\"明德评估中心\"}"))
                .getJsonNumber("id")
                .longValue();
        assertThat(evaluator.get(city.api("/grants/" + id)).statusCode()).isEqualTo(200);
        JsonObject rubric = Http.object(evaluator.get(city.api("/evaluations/rubric")));
        String half = scaled(rubric, "0.5");
        assertThat(evaluator
                        .putJson(city.api("/evaluations/" + evaluation), "{\"scores\":{\"IMPLEMENTATION\":999}}")
                        .statusCode())
                .as("points beyond the dimension's maximum")
                .isEqualTo(400);
        assertThat(evaluator
                        .putJson(
                                city.api("/evaluations/" + evaluation),
                                "{\"scores\":{%s},\"adjustments\":[{\"code\":\"LATE\",\"points\":-3,\"note\":\"报告逾期\"}]}"
                                        .formatted(half))
                        .statusCode())
                .isEqualTo(200);
        JsonObject failed = Http.object(evaluator.postJson(city.api("/evaluations/" + evaluation + "/submission"), ""));
        assertThat(failed.getBoolean("passed")).isFalse();
        assertThat(failed.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("47");
        JsonObject held = Http.object(city.officer.get(city.api("/grants/" + id)));
        assertThat(held.getString("status")).isEqualTo("HELD");
        assertThat(held.getJsonArray("tranches").getJsonObject(1).getString("status"))
                .isEqualTo("HELD");
        assertThat(release(city, id, 2).statusCode()).isEqualTo(409);

        long organization = held.getJsonNumber("organizationId").longValue();
        JsonObject record =
                Http.object(city.officer.get(city.api("/organizations/" + organization + "/credit-record")));
        assertThat(record.getJsonArray("grades").getJsonObject(0).getString("grade"))
                .isEqualTo("FAIL");

        // After rectification the mid-term is evaluated again; passing it resumes the grant.
        assertThat(city.officer
                        .postJson(city.api("/grants/" + id + "/reevaluations"), "{\"stage\":\"MID_TERM\"}")
                        .body())
                .as("a re-evaluation says what was put right")
                .contains("rectification");
        JsonObject again = Http.object(city.officer.postJson(
                city.api("/grants/" + id + "/reevaluations"),
                "{\"stage\":\"MID_TERM\",\"rectification\":\"补齐财务凭证，调整服务计划。\",\"evaluatorUsername\":\"assessor\"}"));
        assertThat(again.getInt("attempt")).isEqualTo(2);
        assertThat(city.officer
                        .postJson(
                                city.api("/grants/" + id + "/reevaluations"),
                                "{\"stage\":\"MID_TERM\",\"rectification\":\"再来一次\"}")
                        .statusCode())
                .as("one re-evaluation at a time")
                .isEqualTo(409);
        long reevaluation = again.getJsonNumber("id").longValue();
        evaluator.putJson(
                city.api("/evaluations/" + reevaluation), "{\"scores\":{%s}}".formatted(scaled(rubric, "0.8")));
        assertThat(Http.object(evaluator.postJson(city.api("/evaluations/" + reevaluation + "/submission"), ""))
                        .getBoolean("passed"))
                .isTrue();
        JsonObject resumed = Http.object(city.officer.get(city.api("/grants/" + id)));
        assertThat(resumed.getString("status")).isEqualTo("ACTIVE");
        assertThat(resumed.getJsonArray("evaluations")).hasSize(2);
        assertThat(release(city, id, 2).statusCode())
                .as("the held tranche, freed")
                .isEqualTo(200);
        assertThat(Http.object(city.officer.get(city.api("/organizations/" + organization + "/credit-record")))
                        .getJsonArray("grades"))
                .as("the failed evaluation stays on record beside the passed one")
                .hasSize(2);

        JsonObject beneficiaries = Http.array(city.officer.get(city.api("/indicators/totals?by=YEAR"))).stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> t.getString("code").equals("BENEFICIARIES"))
                .findFirst()
                .orElseThrow()
                .getJsonArray("groups")
                .getJsonObject(0);
        assertThat(beneficiaries.getJsonNumber("target").intValue()).isEqualTo(120);
        assertThat(beneficiaries.getJsonNumber("actual").intValue())
                .as("from the approved report")
                .isEqualTo(64);

        // The second award: started, then terminated with the first tranche to be paid back in part.
        JsonObject second = Http.object(
                city.officer.postJson(city.api("/grants"), "{\"submissionId\":%d}".formatted(fixtures.awards.get(1))));
        assertThat(second.getJsonArray("tranches").stream()
                        .map(t -> t.asJsonObject().getJsonNumber("percent").intValue()))
                .as("the call's plan, set by its first grant")
                .containsExactly(40, 30, 30);
        long other = second.getJsonNumber("id").longValue();
        city.officer.postJson(city.api("/grants/" + other + "/agreement"), "");
        city.ngo.postJson(city.api("/grants/" + other + "/agreement/signature"), "");
        city.officer.postJson(city.api("/grants/" + other + "/agreement/countersignature"), "");
        assertThat(release(city, other, 1).statusCode()).isEqualTo(200);
        assertThat(city.officer
                        .postJson(
                                city.api("/grants/" + other + "/termination"),
                                "{\"reason\":\"挪用资金\",\"clawback\":50000}")
                        .statusCode())
                .as("no more than was released")
                .isEqualTo(400);
        JsonObject terminated = Http.object(city.officer.postJson(
                city.api("/grants/" + other + "/termination"), "{\"reason\":\"挪用资金\",\"clawback\":36000}"));
        assertThat(terminated.getString("status")).isEqualTo("TERMINATED");
        assertThat(terminated.getJsonArray("tranches").stream().skip(1).map(t -> t.asJsonObject()
                        .getString("status")))
                .containsOnly("CANCELLED");
        assertThat(city.officer
                        .postJson(city.api("/grants/" + other + "/recoveries"), "{\"amount\":50000}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(Http.object(city.officer.postJson(
                                city.api("/grants/" + other + "/recoveries"), "{\"amount\":20000}"))
                        .getJsonNumber("recovered")
                        .bigDecimalValue())
                .isEqualByComparingTo("20000");
        JsonObject debarred = Http.object(city.officer.postJson(
                city.api("/organizations/" + organization + "/credit-record/debarments"),
                "{\"years\":3,\"reason\":\"挪用资金，三年内不得申报。\"}"));
        assertThat(debarred.getString("debarredUntil")).isNotBlank();
        assertThat(Http.array(city.ngo.get(city.api("/grants/mine")))).hasSize(2);

        CallFixtures elsewhere = new CallFixtures("grant", "别的市");
        assertThat(elsewhere.officer.get(elsewhere.api("/grants/" + id)).statusCode())
                .isEqualTo(404);
        assertThat(elsewhere
                        .officer
                        .get(elsewhere.api("/grant-reports/" + report))
                        .statusCode())
                .isEqualTo(404);
        assertThat(elsewhere.officer.get(elsewhere.api("/grants")).body()).isEqualTo("[]");
        Http outsider = TestCities.person(elsewhere.city, elsewhere.admin, "assessor", "EVALUATOR");
        assertThat(outsider.get(elsewhere.api("/evaluations")).body()).isEqualTo("[]");
        assertThat(outsider.get(elsewhere.api("/grants/" + id)).statusCode()).isEqualTo(404);
        assertThat(evaluator.get(city.api("/grants/" + other)).statusCode())
                .as("an evaluator sees only the grants they evaluate")
                .isEqualTo(404);
    }

    /** Every dimension of the rubric scored at {@code share} of its maximum, as JSON members. */
    private static String scaled(JsonObject rubric, String share) {
        StringBuilder scores = new StringBuilder();
        for (JsonValue dimension : rubric.getJsonArray("dimensions")) {
            JsonObject d = dimension.asJsonObject();
            scores.append(scores.isEmpty() ? "" : ",")
                    .append("\"%s\":%s"
                            .formatted(
                                    d.getString("code"),
                                    d.getJsonNumber("maxPoints")
                                            .bigDecimalValue()
                                            .multiply(new BigDecimal(share))));
        }
        return scores.toString();
    }

    private static java.net.http.HttpResponse<String> release(CallFixtures city, long grant, int position) {
        return city.officer.postJson(city.api("/grants/" + grant + "/tranches/" + position + "/release"), "");
    }
}
