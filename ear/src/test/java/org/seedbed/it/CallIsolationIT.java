package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.LocalDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two cities with the same call title, the same ids and the same submissions: calls, forms,
 * submissions, attachments and exports of one city are not found from the other.
 */
@ExtendWith(ArquillianExtension.class)
class CallIsolationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private CallFixtures a;
    private CallFixtures b;
    private long call;
    private long submission;
    private long attachment;

    @BeforeEach
    void twoCitiesWithTheSameCall() {
        a = new CallFixtures("ciso-a", "甲市");
        b = new CallFixtures("ciso-b", "乙市");
        LocalDateTime deadline =
                LocalDateTime.now(CallFixtures.SHANGHAI).plusDays(10).withNano(0);
        call = a.publishedCall("同名创投", deadline).getJsonNumber("id").longValue();
        assertThat(b.publishedCall("同名创投", deadline).getJsonNumber("id").longValue())
                .isEqualTo(call);
        submission = a.start(a.ngo, call, a.organization, "甲城的项目");
        assertThat(b.start(b.ngo, call, b.organization, "乙城的项目")).isEqualTo(submission);
        a.ngo.putJson(
                a.api("/submissions/" + submission), CallFixtures.draft("甲城的项目", CallFixtures.answers(90_000), 0));
        attachment = CallFixtures.id(a.ngo.postBytes(
                a.api("/submissions/" + submission + "/attachments?question=plan&fileName=a.pdf"),
                "application/pdf",
                OrganizationLifecycleIT.PDF));
        a.ngo.postJson(a.api("/submissions/" + submission + "/submission"), "");
    }

    @Test
    void eachCitySeesOnlyItsOwnSubmissionUnderTheSameIds() {
        assertThat(Http.object(a.officer.get(a.api("/submissions/" + submission)))
                        .getString("title"))
                .isEqualTo("甲城的项目");
        assertThat(b.officer.get(b.api("/submissions/" + submission)).statusCode())
                .as("B's is a draft: its officers do not see it, and A's is elsewhere")
                .isEqualTo(404);
        assertThat(Http.object(b.ngo.get(b.api("/submissions/" + submission))).getString("title"))
                .isEqualTo("乙城的项目");
        assertThat(b.officer.get(b.api("/submissions?call=" + call)).body()).doesNotContain("甲城");
        assertThat(b.officer.get(b.api("/submissions/export.csv?call=" + call)).body())
                .doesNotContain("甲城");
        assertThat(b.ngo.get(b.api("/submissions/mine")).body()).doesNotContain("甲城");
    }

    private static String ok(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void tokensOfOneCityReachNothingInTheOther() {
        for (String path : new String[] {
            "/calls/" + call,
            "/calls/" + call + "/form",
            "/submissions/" + submission,
            "/submissions/" + submission + "/revisions",
            "/submissions?call=" + call
        }) {
            assertThat(a.officer.get(b.api(path)).statusCode())
                    .as("GET " + path)
                    .isEqualTo(404);
        }
        String content = "/submissions/" + submission + "/attachments/" + attachment + "/content";
        assertThat(a.ngo.getBytes(a.api(content)).statusCode()).isEqualTo(200);
        assertThat(b.ngo.getBytes(b.api(content)).statusCode()).isEqualTo(404);
        assertThat(a.ngo.getBytes(b.api(content)).statusCode()).isEqualTo(404);
        assertThat(a.officer
                        .postJson(
                                b.api("/submissions/" + submission + "/screening"),
                                "{\"decision\":\"INELIGIBLE\",\"note\":\"x\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(b.officer
                        .postJson(b.api("/submissions/" + submission + "/screening"), "{\"decision\":\"ELIGIBLE\"}")
                        .statusCode())
                .as("B's submission is a draft")
                .isEqualTo(404);
        assertThat(a.ngo.putJson(
                                b.api("/submissions/" + submission),
                                Json.createObjectBuilder()
                                        .add("title", "入侵")
                                        .build()
                                        .toString())
                        .statusCode())
                .isEqualTo(404);
        assertThat(Http.object(b.ngo.get(b.api("/submissions/" + submission))).getString("title"))
                .isEqualTo("乙城的项目");
        assertThat(Http.object(a.officer.get(a.api("/submissions/" + submission)))
                        .getString("status"))
                .isEqualTo("SUBMITTED");
    }
}
