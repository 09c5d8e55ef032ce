package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An NGO's way through the registry and an incubator, through the API as each role: a profile
 * that must pass code validation, a certificate, rejection and resubmission, verification,
 * application, admission, assessments and graduation.
 */
@ExtendWith(ArquillianExtension.class)
class OrganizationLifecycleIT {

    static final String CODE = "52340111MJA412686B";
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private String city;
    private Http admin;
    private Http officer;
    private Http ngo;
    private Http stranger;
    private Http mentor;
    private long district;

    @BeforeEach
    void cityWithPeople() {
        city = TestCities.uniqueSlug("org");
        TestCities.create(city, "试验市", "Test City");
        admin = TestCities.adminWithToken(city);
        officer = TestCities.person(city, admin, "officer", "PROGRAM_OFFICER");
        ngo = TestCities.person(city, admin, "ngo", "NGO_MEMBER");
        stranger = TestCities.person(city, admin, "other-ngo", "NGO_MEMBER");
        mentor = TestCities.person(city, admin, "mentor", "MENTOR");
        long root = Http.array(admin.get(api("/org-units")))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> unit = admin.postJson(
                api("/org-units"), "{\"parentId\":%d,\"nameZh\":\"包河区\",\"nameEn\":\"Baohe\"}".formatted(root));
        district = Http.object(unit).getJsonNumber("id").longValue();
    }

    @Test
    void aWrongCheckCharacterIsExplainedAndNothingIsStored() {
        HttpResponse<String> refused = ngo.postJson(api("/organizations"), profile("暖心社工服务中心", "52340111MJA412686C"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("creditCode").contains("should be B");
        assertThat(Http.array(ngo.get(api("/organizations/mine")))).isEmpty();
    }

    @Test
    void anNgoGetsVerifiedAfterCorrectingARejectedProfile() {
        JsonObject draft = Http.object(created(ngo.postJson(api("/organizations"), profile("暖心社工服务中心", CODE))));
        long id = draft.getJsonNumber("id").longValue();
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getString("myRole")).isEqualTo("OWNER");
        assertThat(new Http().get(api("/organizations/" + id)).statusCode())
                .as("a draft is private")
                .isEqualTo(404);
        assertThat(stranger.get(api("/organizations/" + id)).statusCode()).isEqualTo(404);
        assertThat(ngo.postJson(api("/organizations"), profile("另一个机构", CODE)).body())
                .as("the code is unique in the city")
                .contains("already has the code");

        assertThat(Http.object(ngo.postJson(api("/organizations/" + id + "/submission"), ""))
                        .getString("status"))
                .isEqualTo("SUBMITTED");
        assertThat(Http.array(officer.get(api("/organizations/review-queue"))).toString())
                .contains("暖心社工服务中心");
        assertThat(officer.postJson(api("/organizations/" + id + "/review"), "{\"decision\":\"REJECT\"}")
                        .statusCode())
                .as("a rejection needs a reason")
                .isEqualTo(400);
        JsonObject rejected = Http.object(officer.postJson(
                api("/organizations/" + id + "/review"), "{\"decision\":\"REJECT\",\"note\":\"请上传登记证书\"}"));
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(Http.object(ngo.get(api("/organizations/" + id))).getString("reviewNote"))
                .isEqualTo("请上传登记证书");

        HttpResponse<String> upload = ngo.postBytes(
                api("/organizations/" + id + "/documents?type=REGISTRATION_CERTIFICATE&fileName=证书.pdf"),
                "application/pdf",
                PDF);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        long documentId = Http.object(upload).getJsonNumber("id").longValue();
        JsonObject edited = Http.object(ngo.putJson(
                api("/organizations/" + id), profile("暖心社工服务中心", CODE).replace("\"staff\":8", "\"staff\":9")));
        assertThat(edited.getInt("staff")).isEqualTo(9);
        ngo.postJson(api("/organizations/" + id + "/submission"), "");
        JsonObject verified = Http.object(officer.postJson(
                api("/organizations/" + id + "/review"), "{\"decision\":\"VERIFY\",\"note\":\"资料齐全\"}"));
        assertThat(verified.getString("status")).isEqualTo("VERIFIED");

        JsonObject directory = Http.object(new Http().get(api("/organizations?q=" + encode("暖心"))));
        assertThat(directory.getInt("total")).isEqualTo(1);
        assertThat(directory.toString()).doesNotContain("13800000000").as("no contacts in public");
        assertThat(Http.object(new Http().get(api("/organizations/" + id))).containsKey("contactPhone")
                        && !Http.object(new Http().get(api("/organizations/" + id)))
                                .isNull("contactPhone"))
                .isFalse();

        String history = ngo.get(api("/organizations/" + id + "/history")).body();
        assertThat(history)
                .contains("organization.rejected", "organization.verified", "organization.documentAdded")
                .contains("{\"after\":\"9\",\"before\":\"8\",\"field\":\"staff\"}");
        assertThat(officer.getBytes(api("/organizations/" + id + "/documents/" + documentId + "/content"))
                        .body())
                .isEqualTo(PDF);
    }

    @Test
    void documentsAreCheckedByContentAndReadOnlyByMembersAndStaff() {
        long id = Http.object(created(ngo.postJson(api("/organizations"), profile("暖心社工服务中心", CODE))))
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> disguised = ngo.postBytes(
                api("/organizations/" + id + "/documents?type=STATUTES&fileName=章程.pdf"),
                "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(disguised.statusCode()).isEqualTo(400);
        assertThat(disguised.body()).contains("PDF, JPEG and PNG");
        assertThat(Http.array(ngo.get(api("/organizations/" + id + "/documents"))))
                .isEmpty();

        long documentId = Http.object(created(ngo.postBytes(
                        api("/organizations/" + id + "/documents?type=STATUTES&fileName=..%2F..%2Fetc%2Fpasswd.pdf"),
                        "application/octet-stream",
                        PDF)))
                .getJsonNumber("id")
                .longValue();
        String content = api("/organizations/" + id + "/documents/" + documentId + "/content");
        HttpResponse<byte[]> download = ngo.getBytes(content);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("passwd.pdf")
                .doesNotContain("/");
        assertThat(stranger.getBytes(content).statusCode()).isEqualTo(404);
        assertThat(mentor.getBytes(content).statusCode()).isEqualTo(403);
        assertThat(new Http().getBytes(content).statusCode()).isEqualTo(401);
        assertThat(stranger.delete(api("/organizations/" + id + "/documents/" + documentId))
                        .statusCode())
                .isEqualTo(404);
        assertThat(ngo.delete(api("/organizations/" + id + "/documents/" + documentId))
                        .statusCode())
                .isEqualTo(204);
        assertThat(ngo.getBytes(content).statusCode()).isEqualTo(404);
    }

    @Test
    void anOrganizationIsIncubatedAssessedAndGraduates() {
        long organization = verifiedOrganization();
        long incubator = Http.object(created(officer.postJson(
                        api("/incubators"),
                        """
                        {"nameZh":"包河区社会组织创新园","nameEn":"Baohe Innovation Park","orgUnitId":%d,
                         "workstations":2,"services":["WORKSTATION","TRAINING"]}
                        """
                                .formatted(district))))
                .getJsonNumber("id")
                .longValue();
        long mentorId = TestCities.userId(city, admin, "mentor");

        long incubation = Http.object(created(ngo.postJson(
                        api("/incubations"),
                        "{\"organizationId\":%d,\"incubatorId\":%d,\"motivation\":\"提升项目管理能力\"}"
                                .formatted(organization, incubator))))
                .getJsonNumber("id")
                .longValue();
        assertThat(ngo.postJson(
                                api("/incubations"),
                                "{\"organizationId\":%d,\"incubatorId\":%d,\"motivation\":\"再次申请\"}"
                                        .formatted(organization, incubator))
                        .statusCode())
                .as("one open application per incubator")
                .isEqualTo(409);
        assertThat(mentor.get(api("/incubations/" + incubation)).statusCode())
                .as("not yet their mentee")
                .isEqualTo(404);

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        JsonObject admitted = Http.object(officer.postJson(
                api("/incubations/" + incubation + "/admission"),
                "{\"agreementStart\":\"%s\",\"agreementEnd\":\"%s\",\"mentorId\":%d,\"workstation\":\"A-01\"}"
                        .formatted(today.minusMonths(6), today.plusMonths(6), mentorId)));
        assertThat(admitted.getString("status")).isEqualTo("INCUBATING");
        assertThat(Http.array(mentor.get(api("/incubations/mentees"))).toString())
                .contains("暖心社工服务中心");

        assess(incubation, "INITIAL", today.minusMonths(5), 40);
        JsonObject afterSecond = assess(incubation, "PERIODIC", today.minusMonths(1), 60);
        assertThat(afterSecond.getJsonArray("assessments")).hasSize(2);
        assertThat(afterSecond
                        .getJsonObject("summary")
                        .getJsonNumber("latestOverall")
                        .doubleValue())
                .isEqualTo(60.0);
        assertThat(mentor.postJson(
                                api("/incubations/" + incubation + "/assessments"),
                                "{\"kind\":\"PERIODIC\",\"assessedOn\":\"%s\",\"scores\":{\"GOVERNANCE\":120}}"
                                        .formatted(today))
                        .body())
                .contains("between 0 and 100", "Please score");
        mentor.postJson(
                api("/incubations/" + incubation + "/services"),
                "{\"service\":\"TRAINING\",\"providedOn\":\"%s\",\"hours\":3,\"note\":\"财务培训\"}".formatted(today));

        HttpResponse<String> tooEarly = officer.postJson(api("/incubations/" + incubation + "/graduation"), "{}");
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("final capacity assessment");
        assess(incubation, "FINAL", today, 75);
        JsonObject graduated =
                Http.object(officer.postJson(api("/incubations/" + incubation + "/graduation"), "{\"note\":\"顺利出壳\"}"));
        assertThat(graduated.getString("status")).isEqualTo("GRADUATED");

        JsonObject pipeline = Http.object(officer.get(api("/incubations/pipeline")));
        assertThat(pipeline.getJsonObject("byStatus").getInt("GRADUATED")).isEqualTo(1);
        assertThat(pipeline.getJsonNumber("meanFirstScore").doubleValue()).isEqualTo(40.0);
        assertThat(pipeline.getJsonNumber("meanLatestScore").doubleValue()).isEqualTo(75.0);
        assertThat(admin.get(api("/audit")).body()).contains("incubation.graduated", "incubation.assessed");
    }

    private JsonObject assess(long incubation, String kind, LocalDate on, int score) {
        HttpResponse<String> response = mentor.postJson(
                api("/incubations/" + incubation + "/assessments"),
                """
                {"kind":"%s","assessedOn":"%s","scores":{"GOVERNANCE":%d,"FINANCE":%d,"PROJECT_MANAGEMENT":%d,
                 "FUNDRAISING":%d,"PROFESSIONAL_SERVICE":%d}}
                """
                        .formatted(kind, on, score, score, score, score, score));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.object(response);
    }

    private long verifiedOrganization() {
        long id = Http.object(created(ngo.postJson(api("/organizations"), profile("暖心社工服务中心", CODE))))
                .getJsonNumber("id")
                .longValue();
        ngo.postJson(api("/organizations/" + id + "/submission"), "");
        officer.postJson(api("/organizations/" + id + "/review"), "{\"decision\":\"VERIFY\"}");
        return id;
    }

    private String profile(String nameZh, String code) {
        return """
                {"nameZh":"%s","nameEn":"Warm Heart Social Work","kind":"SOCIAL_SERVICE_AGENCY",
                 "registration":"REGISTERED","authority":"合肥市包河区民政局","creditCode":"%s",
                 "foundedOn":"2016-03-08","orgUnitId":%d,"serviceAreas":["ELDERLY","COMMUNITY_GOVERNANCE"],
                 "staff":8,"socialWorkers":5,"volunteers":120,"annualIncome":860000,
                 "contactName":"王芳","contactPhone":"13800000000","contactEmail":"wang@example.org"}
                """
                .formatted(nameZh, code, district);
    }

    private String api(String path) {
        return "/c/" + city + "/api/v1" + path;
    }

    static HttpResponse<String> created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
