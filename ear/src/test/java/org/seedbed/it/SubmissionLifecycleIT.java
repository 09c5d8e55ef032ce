package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole way of an application through the API: a call with a custom question, drafts that
 * may be incomplete, readiness, submission with a receipt, screening that asks for more
 * information, resubmission with its revision, the deadline to the second, co-applicants who
 * would overwrite each other, and forms that change while applications are under way.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionLifecycleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private CallFixtures city;

    @BeforeEach
    void cityWithAVerifiedOrganization() {
        city = new CallFixtures("sub", "申报测试市");
    }

    @Test
    void anApplicationIsDraftedSubmittedScreenedAmendedAndFoundEligible() {
        long call = city.draftCall(
                        "2026年包河区公益创投",
                        LocalDateTime.now(CallFixtures.SHANGHAI).plusDays(10).withNano(0))
                .getJsonNumber("id")
                .longValue();
        JsonObject form = Http.object(city.officer.get(city.api("/calls/" + call + "/form")));
        assertThat(form.getJsonArray("pages")).hasSize(4);
        JsonObject withTeam = addQuestion(form, "team", "项目团队介绍");
        assertThat(city.officer
                        .putJson(city.api("/calls/" + call + "/form"), withTeam.toString())
                        .statusCode())
                .isEqualTo(200);
        JsonObject published = Http.object(city.officer.postJson(city.api("/calls/" + call + "/publication"), ""));
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.getInt("formVersion")).isEqualTo(1);
        assertThat(new Http().get(city.api("/calls/" + call)).statusCode())
                .as("public once published")
                .isEqualTo(200);

        long submission = city.start(city.ngo, call, city.organization, "银龄互助·独居老人关爱探访");
        JsonObject partial = Json.createObjectBuilder().add("summary", "先写一句简介").build();
        JsonObject saved = Http.object(
                city.ngo.putJson(city.api("/submissions/" + submission), CallFixtures.draft("银龄互助", partial, 0)));
        assertThat(saved.getBoolean("editable")).isTrue();
        JsonObject readiness = Http.object(city.ngo.get(city.api("/submissions/" + submission + "/readiness")));
        assertThat(readiness.getBoolean("ready")).isFalse();
        assertThat(readiness.toString()).contains("\"field\":\"team\"", "\"field\":\"budget\"");
        assertThat(city.ngo
                        .postJson(city.api("/submissions/" + submission + "/submission"), "")
                        .statusCode())
                .as("incomplete")
                .isEqualTo(400);

        JsonObject answers = Json.createObjectBuilder(CallFixtures.answers(90_000))
                .add("team", "项目主管为持证中级社工，团队共 5 人。")
                .build();
        long version = saved.getJsonNumber("version").longValue();
        JsonObject complete = Http.object(city.ngo.putJson(
                city.api("/submissions/" + submission), CallFixtures.draft("银龄互助·独居老人关爱探访", answers, version)));
        assertThat(complete.getJsonNumber("requested").doubleValue()).isEqualTo(90_000.0);
        HttpResponse<String> attached = city.ngo.postBytes(
                city.api("/submissions/" + submission + "/attachments?question=plan&fileName=计划书.pdf"),
                "application/pdf",
                OrganizationLifecycleIT.PDF);
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        readiness = Http.object(city.ngo.get(city.api("/submissions/" + submission + "/readiness")));
        assertThat(readiness.getBoolean("ready")).as(readiness.toString()).isTrue();
        assertThat(readiness.toString()).contains("\"rule\":\"verified\"", "\"rule\":\"founded\"");

        JsonObject submitted =
                Http.object(city.ngo.postJson(city.api("/submissions/" + submission + "/submission"), ""));
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getString("receiptNo")).matches("GY\\d{3}-\\d{8}-\\d{5}");
        assertThat(submitted.getBoolean("editable")).isFalse();

        assertThat(Http.array(city.officer.get(city.api("/submissions?call=" + call)))
                        .toString())
                .contains(submitted.getString("receiptNo"));
        assertThat(city.officer
                        .postJson(
                                city.api("/submissions/" + submission + "/screening"),
                                "{\"decision\":\"MORE_INFO_REQUESTED\",\"note\":\"请补充审计报告\"}")
                        .body())
                .as("a date is needed")
                .contains("reopenUntil");
        JsonObject reopened = Http.object(city.officer.postJson(
                city.api("/submissions/" + submission + "/screening"),
                "{\"decision\":\"MORE_INFO_REQUESTED\",\"note\":\"请补充审计报告\",\"reopenUntil\":\"%s\"}"
                        .formatted(LocalDateTime.now(CallFixtures.SHANGHAI)
                                .plusDays(5)
                                .withNano(0))));
        assertThat(reopened.getString("status")).isEqualTo("MORE_INFO_REQUESTED");

        JsonObject mine = Http.object(city.ngo.get(city.api("/submissions/" + submission)));
        assertThat(mine.getBoolean("editable")).isTrue();
        assertThat(mine.getString("screeningNote")).isEqualTo("请补充审计报告");
        JsonObject amended = Json.createObjectBuilder(answers)
                .add("team", "项目主管为持证中级社工，团队共 6 人，附近一年审计报告。")
                .build();
        city.ngo.putJson(
                city.api("/submissions/" + submission),
                CallFixtures.draft(
                        "银龄互助·独居老人关爱探访", amended, mine.getJsonNumber("version").longValue()));
        assertThat(Http.object(city.ngo.postJson(city.api("/submissions/" + submission + "/submission"), ""))
                        .getString("status"))
                .isEqualTo("SUBMITTED");
        String revisions = city.officer
                .get(city.api("/submissions/" + submission + "/revisions"))
                .body();
        assertThat(revisions).contains("\"number\":2", "团队共 6 人", "团队共 5 人");

        JsonObject eligible = Http.object(city.officer.postJson(
                city.api("/submissions/" + submission + "/screening"), "{\"decision\":\"ELIGIBLE\"}"));
        assertThat(eligible.getString("status")).isEqualTo("ELIGIBLE");
        assertThat(city.officer
                        .get(city.api("/submissions/export.csv?call=" + call))
                        .body())
                .contains(submitted.getString("receiptNo"), "ELIGIBLE", "暖心社会工作服务中心");
        assertThat(city.admin.get(city.api("/audit")).body()).contains("submission.screened", "submission.submitted");

        HttpResponse<byte[]> printed =
                city.officer.getBytes(city.api("/submissions/" + submission + "/print.pdf?lang=zh"));
        assertThat(printed.statusCode()).isEqualTo(200);
        assertThat(printed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        PrintedPdf pdf = PrintedPdf.of(printed.body());
        assertThat(pdf.text())
                .contains("项目申报书", "银龄互助·独居老人关爱探访", submitted.getString("receiptNo"), "团队共 6 人", "计划书.pdf");
        assertThat(pdf.embeddedFonts())
                .as("Chinese glyphs travel with the file")
                .isNotEmpty();
        assertThat(PrintedPdf.of(city.ngo
                                .getBytes(city.api("/submissions/" + submission + "/print.pdf?lang=en"))
                                .body())
                        .text())
                .contains("Project application", "Requested from the call");
    }

    @Test
    void aBudgetAboveTheCapIsRefusedWithTheAmounts() {
        long call = city.publishedCall(
                        "超额测试",
                        LocalDateTime.now(CallFixtures.SHANGHAI).plusDays(10).withNano(0))
                .getJsonNumber("id")
                .longValue();
        long submission = city.start(city.ngo, call, city.organization, "超额项目");
        city.ngo.putJson(
                city.api("/submissions/" + submission), CallFixtures.draft("超额项目", CallFixtures.answers(270_000), 0));
        HttpResponse<String> refused = city.ngo.postJson(city.api("/submissions/" + submission + "/submission"), "");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("270000.00", "200000.00");
    }

    @Test
    void aSubmissionOneSecondAfterTheDeadlineIsRefused() throws Exception {
        LocalDateTime deadline =
                LocalDateTime.now(CallFixtures.SHANGHAI).plusSeconds(6).withNano(0);
        long call = city.publishedCall("截止测试", deadline).getJsonNumber("id").longValue();
        long submission = city.start(city.ngo, call, city.organization, "踩线项目");
        JsonObject saved = Http.object(city.ngo.putJson(
                city.api("/submissions/" + submission), CallFixtures.draft("踩线项目", CallFixtures.answers(90_000), 0)));
        assertThat(Http.object(city.ngo.get(city.api("/submissions/" + submission + "/readiness")))
                        .getBoolean("ready"))
                .isTrue();

        Duration untilLate = Duration.between(LocalDateTime.now(CallFixtures.SHANGHAI), deadline.plusSeconds(1));
        Thread.sleep(Math.max(0, untilLate.toMillis()));
        HttpResponse<String> late = city.ngo.postJson(city.api("/submissions/" + submission + "/submission"), "");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("deadline has passed");
        assertThat(city.ngo
                        .putJson(
                                city.api("/submissions/" + submission),
                                CallFixtures.draft(
                                        "改一下",
                                        CallFixtures.answers(90_000),
                                        saved.getJsonNumber("version").longValue()))
                        .statusCode())
                .isEqualTo(409);
        assertThat(Http.object(city.ngo.get(city.api("/submissions/" + submission)))
                        .getString("status"))
                .isEqualTo("DRAFT");
    }

    @Test
    void coApplicantsDoNotOverwriteEachOther() {
        long call = city.publishedCall(
                        "协作测试",
                        LocalDateTime.now(CallFixtures.SHANGHAI).plusDays(10).withNano(0))
                .getJsonNumber("id")
                .longValue();
        long submission = city.start(city.ngo, call, city.organization, "协作项目");
        long version = Http.object(city.coApplicant.get(city.api("/submissions/" + submission)))
                .getJsonNumber("version")
                .longValue();
        JsonObject first = Json.createObjectBuilder().add("summary", "负责人写的简介").build();
        assertThat(city.ngo
                        .putJson(city.api("/submissions/" + submission), CallFixtures.draft("协作项目", first, version))
                        .statusCode())
                .isEqualTo(200);

        JsonObject second =
                Json.createObjectBuilder().add("summary", "同事写的另一个简介").build();
        HttpResponse<String> stale = city.coApplicant.putJson(
                city.api("/submissions/" + submission), CallFixtures.draft("协作项目", second, version));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("ngo saved this application meanwhile");
        assertThat(Http.object(city.coApplicant.get(city.api("/submissions/" + submission)))
                        .getJsonObject("answers")
                        .getString("summary"))
                .isEqualTo("负责人写的简介");
    }

    @Test
    void anApplicationKeepsTheFormVersionItWasStartedWith() {
        JsonObject call = city.publishedCall(
                "版本测试", LocalDateTime.now(CallFixtures.SHANGHAI).plusDays(10).withNano(0));
        long callId = call.getJsonNumber("id").longValue();
        long submission = city.start(city.ngo, callId, city.organization, "旧版申报");

        JsonObject form = Http.object(city.officer.get(city.api("/calls/" + callId + "/form")));
        city.officer.putJson(
                city.api("/calls/" + callId + "/form"),
                addQuestion(form, "extra", "新增必答题").toString());
        JsonObject republished = Http.object(city.officer.postJson(city.api("/calls/" + callId + "/publication"), ""));
        assertThat(republished.getInt("formVersion")).isEqualTo(2);
        assertThat(new Http().get(city.api("/calls/" + callId + "/form")).body())
                .contains("\"key\":\"extra\"");

        assertThat(city.ngo
                        .get(city.api("/submissions/" + submission + "/form"))
                        .body())
                .doesNotContain("\"extra\"");
        city.ngo.putJson(
                city.api("/submissions/" + submission), CallFixtures.draft("旧版申报", CallFixtures.answers(90_000), 0));
        JsonObject submitted =
                Http.object(city.ngo.postJson(city.api("/submissions/" + submission + "/submission"), ""));
        assertThat(submitted.getString("status")).as(submitted.toString()).isEqualTo("SUBMITTED");
        assertThat(submitted.getInt("formVersion")).isEqualTo(1);
    }

    @Test
    void anIneligibleOrganizationSeesWhyAndCannotSubmit() {
        long call = city.publishedCall(
                        "资格测试",
                        LocalDateTime.now(CallFixtures.SHANGHAI).plusDays(10).withNano(0))
                .getJsonNumber("id")
                .longValue();
        long young = CallFixtures.id(city.ngo.postJson(
                city.api("/organizations"),
                """
                {"nameZh":"新成立的互助队","kind":"COMMUNITY_FILED","registration":"FILED","orgUnitId":%d,
                 "foundedOn":"%s"}
                """
                        .formatted(
                                city.district,
                                java.time.LocalDate.now(CallFixtures.SHANGHAI).minusMonths(3))));
        long submission = city.start(city.ngo, call, young, "新项目");
        city.ngo.putJson(
                city.api("/submissions/" + submission), CallFixtures.draft("新项目", CallFixtures.answers(90_000), 0));
        String readiness = city.ngo
                .get(city.api("/submissions/" + submission + "/readiness"))
                .body();
        assertThat(readiness).contains("\"ready\":false", "eligibility.notVerified", "eligibility.tooYoung");
        HttpResponse<String> refused = city.ngo.postJson(city.api("/submissions/" + submission + "/submission"), "");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("eligibility rules");
    }

    @Test
    void officersNeverSeeApplicationsThatWereNotSubmittedAndAClosedCallTakesNoMore() {
        long call = city.publishedCall(
                        "关闭测试",
                        LocalDateTime.now(CallFixtures.SHANGHAI).plusDays(10).withNano(0))
                .getJsonNumber("id")
                .longValue();
        long withdrawnDraft = city.start(city.ngo, call, city.organization, "撤回的草稿");
        city.ngo.putJson(
                city.api("/submissions/" + withdrawnDraft),
                CallFixtures.draft("撤回的草稿", CallFixtures.answers(90_000), 0));
        assertThat(city.ngo
                        .postJson(city.api("/submissions/" + withdrawnDraft + "/withdrawal"), "")
                        .statusCode())
                .isEqualTo(200);
        assertThat(city.officer.get(city.api("/submissions/" + withdrawnDraft)).statusCode())
                .isEqualTo(404);
        assertThat(city.officer.get(city.api("/submissions?call=" + call)).body())
                .doesNotContain("撤回的草稿");

        long draft = city.start(city.ngo, call, city.organization, "来不及的草稿");
        city.ngo.putJson(
                city.api("/submissions/" + draft), CallFixtures.draft("来不及的草稿", CallFixtures.answers(90_000), 0));
        assertThat(city.officer
                        .postJson(city.api("/calls/" + call + "/closing"), "")
                        .statusCode())
                .isEqualTo(200);
        assertThat(city.ngo
                        .postJson(city.api("/submissions/" + draft + "/submission"), "")
                        .statusCode())
                .as("closed before its deadline")
                .isEqualTo(409);
        assertThat(city.ngo
                        .putJson(
                                city.api("/submissions/" + draft),
                                CallFixtures.draft("改", CallFixtures.answers(90_000), 1))
                        .statusCode())
                .isEqualTo(409);
    }

    private static JsonObject addQuestion(JsonObject form, String key, String label) {
        var pages = Json.createArrayBuilder(form.getJsonArray("pages"));
        JsonObject first = form.getJsonArray("pages").getJsonObject(0);
        JsonObject extended = Json.createObjectBuilder(first)
                .add(
                        "questions",
                        Json.createArrayBuilder(first.getJsonArray("questions"))
                                .add(Json.createObjectBuilder()
                                        .add("key", key)
                                        .add("type", "LONG_TEXT")
                                        .add("labelZh", label)
                                        .add("labelEn", key)
                                        .add("required", true)
                                        .add("maxLength", 500)))
                .build();
        return Json.createObjectBuilder().add("pages", pages.set(0, extended)).build();
    }
}
