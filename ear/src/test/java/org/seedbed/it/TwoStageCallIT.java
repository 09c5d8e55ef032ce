package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A two-stage call: organizations send a short letter of intent by its own deadline, officers
 * invite some of them, and the invited ones complete a full proposal that starts with the
 * letter's answers; the letter stays on record. Also the files a call publishes with it.
 */
@ExtendWith(ArquillianExtension.class)
class TwoStageCallIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private CallFixtures city;
    private long call;

    @BeforeEach
    void aPublishedTwoStageCall() {
        city = new CallFixtures("two", "两阶段市");
        LocalDateTime now = LocalDateTime.now(CallFixtures.SHANGHAI).withNano(0);
        HttpResponse<String> created = city.officer.postJson(
                city.api("/calls"),
                """
                {"orgUnitId":%d,"titleZh":"两阶段公益创投","fundTotal":5000000,"budgetCap":200000,
                 "opensAt":"%s","intentDeadlineAt":"%s","deadlineAt":"%s","stages":"TWO_STAGE"}
                """
                        .formatted(city.district, now.minusDays(1), now.plusDays(5), now.plusDays(20)));
        call = CallFixtures.id(created);
        JsonObject letterForm = Http.object(city.officer.get(city.api("/calls/" + call + "/intent-form")));
        assertThat(letterForm.toString()).contains("\"key\":\"summary\"", "\"key\":\"estimate\"");
        JsonObject published = Http.object(city.officer.postJson(city.api("/calls/" + call + "/publication"), ""));
        assertThat(published.getString("stages")).isEqualTo("TWO_STAGE");
        assertThat(published.getInt("intentFormVersion")).isEqualTo(1);
        assertThat(published.getBoolean("acceptingIntents")).isTrue();
    }

    @Test
    void aLetterOfIntentIsInvitedAndBecomesAFullProposalWithItsAnswers() {
        long submission = city.start(city.ngo, call, city.organization, "社区花园营造");
        JsonObject letter = Http.object(city.ngo.get(city.api("/submissions/" + submission)));
        assertThat(letter.getString("stage")).isEqualTo("INTENT");
        JsonObject answers = Json.createObjectBuilder()
                .add("summary", "在老旧小区闲置空地上，与居民共同营造社区花园，培育居民自治小组，带动邻里互助与环境改善，并形成可复制的社区营造经验。")
                .add("need", "小区空地长期闲置、杂草丛生，居民多次在议事会上提出改造意愿。")
                .add("estimate", 80000)
                .build();
        city.ngo.putJson(city.api("/submissions/" + submission), CallFixtures.draft("社区花园营造", answers, 0));
        JsonObject sent = Http.object(city.ngo.postJson(city.api("/submissions/" + submission + "/submission"), ""));
        assertThat(sent.getString("status")).isEqualTo("SUBMITTED");
        assertThat(sent.getString("stage")).isEqualTo("INTENT");

        assertThat(city.officer
                        .postJson(city.api("/submissions/" + submission + "/screening"), "{\"decision\":\"ELIGIBLE\"}")
                        .body())
                .as("a letter is invited or declined, not found eligible")
                .contains("A letter of intent is not found eligible");
        JsonObject invited = Http.object(city.officer.postJson(
                city.api("/submissions/" + submission + "/invitation"), "{\"note\":\"请在正式申报中细化预算。\"}"));
        assertThat(invited.getString("stage")).isEqualTo("PROPOSAL");
        assertThat(invited.getString("status")).isEqualTo("DRAFT");
        assertThat(invited.getJsonObject("intentAnswers").getInt("estimate")).isEqualTo(80000);
        assertThat(city.officer
                        .postJson(city.api("/submissions/" + submission + "/invitation"), "{}")
                        .statusCode())
                .as("invited once")
                .isEqualTo(409);

        JsonObject proposal = Http.object(city.ngo.get(city.api("/submissions/" + submission)));
        assertThat(proposal.getBoolean("editable")).isTrue();
        assertThat(proposal.getJsonObject("answers").getString("summary"))
                .as("shared questions start with the letter's answers")
                .startsWith("在老旧小区闲置空地上");
        assertThat(proposal.getJsonObject("answers").containsKey("estimate"))
                .as("questions the proposal form does not ask are not carried")
                .isFalse();
        JsonObject full = Json.createObjectBuilder(CallFixtures.answers(80_000))
                .add("summary", proposal.getJsonObject("answers").getString("summary"))
                .build();
        city.ngo.putJson(
                city.api("/submissions/" + submission),
                CallFixtures.draft(
                        "社区花园营造", full, proposal.getJsonNumber("version").longValue()));
        city.ngo.postBytes(
                city.api("/submissions/" + submission + "/attachments?question=plan&fileName=计划书.pdf"),
                "application/pdf",
                OrganizationLifecycleIT.PDF);
        JsonObject submitted =
                Http.object(city.ngo.postJson(city.api("/submissions/" + submission + "/submission"), ""));
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getString("stage")).isEqualTo("PROPOSAL");
        assertThat(submitted.getString("receiptNo"))
                .as("one receipt for the whole application")
                .isEqualTo(sent.getString("receiptNo"));

        String revisions = city.officer
                .get(city.api("/submissions/" + submission + "/revisions"))
                .body();
        assertThat(revisions).contains("\"stage\":\"INTENT\"", "\"stage\":\"PROPOSAL\"");
        assertThat(Http.object(city.officer.postJson(
                                city.api("/submissions/" + submission + "/screening"), "{\"decision\":\"ELIGIBLE\"}"))
                        .getString("status"))
                .isEqualTo("ELIGIBLE");
        assertThat(city.admin.get(city.api("/audit")).body()).contains("submission.invited");
    }

    @Test
    void aDeclinedLetterEndsTheApplicationAndNobodyStartsAProposalDirectly() {
        long submission = city.start(city.ngo, call, city.organization, "青少年课后托管");
        city.ngo.putJson(
                city.api("/submissions/" + submission),
                CallFixtures.draft(
                        "青少年课后托管",
                        Json.createObjectBuilder()
                                .add("summary", "为双职工家庭的小学生提供课后托管、作业辅导与兴趣活动，缓解家长接送压力，丰富孩子课余生活，培养良好学习习惯。")
                                .add("need", "社区双职工家庭多，孩子放学后无人看护，家长反映强烈。")
                                .add("estimate", 50000)
                                .build(),
                        0));
        city.ngo.postJson(city.api("/submissions/" + submission + "/submission"), "");
        JsonObject declined = Http.object(city.officer.postJson(
                city.api("/submissions/" + submission + "/screening"),
                "{\"decision\":\"INELIGIBLE\",\"note\":\"与本次创投方向不符。\"}"));
        assertThat(declined.getString("status")).isEqualTo("INELIGIBLE");
        assertThat(declined.getString("stage")).isEqualTo("INTENT");
        assertThat(city.ngo
                        .putJson(
                                city.api("/submissions/" + submission),
                                CallFixtures.draft("x", CallFixtures.answers(1000), 0))
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void aCallPublishesFilesThatEveryoneCanReadButOnlyOfficersChange() {
        HttpResponse<String> added = city.officer.postBytes(
                city.api("/calls/" + call + "/files?title=申报指南&fileName=guide.pdf"),
                "application/pdf",
                OrganizationLifecycleIT.PDF);
        long file = CallFixtures.id(added);
        assertThat(city.officer
                        .postBytes(
                                city.api("/calls/" + call + "/files?fileName=page.pdf"),
                                "application/pdf",
                                "<html>not a pdf</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(400);
        assertThat(new Http().get(city.api("/calls/" + call + "/files")).body()).contains("申报指南", "guide.pdf");
        HttpResponse<byte[]> content = new Http().getBytes(city.api("/calls/" + call + "/files/" + file + "/content"));
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(OrganizationLifecycleIT.PDF);
        assertThat(city.ngo
                        .postBytes(
                                city.api("/calls/" + call + "/files?fileName=x.pdf"),
                                "application/pdf",
                                OrganizationLifecycleIT.PDF)
                        .statusCode())
                .isEqualTo(403);

        CallFixtures other = new CallFixtures("two-b", "别的市");
        assertThat(new Http()
                        .get(other.api("/calls/" + call + "/files/" + file + "/content"))
                        .statusCode())
                .as("another city has no such call")
                .isEqualTo(404);
        assertThat(city.officer
                        .delete(city.api("/calls/" + call + "/files/" + file))
                        .statusCode())
                .isEqualTo(204);
        assertThat(new Http()
                        .get(city.api("/calls/" + call + "/files/" + file + "/content"))
                        .statusCode())
                .isEqualTo(404);
    }
}
