package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two cities with colliding organizations: the same credit code, the same names, the same ids.
 * Organizations, documents, incubations, searches and import jobs of one city never show in the
 * other, whatever ids a caller tries.
 */
@ExtendWith(ArquillianExtension.class)
class OrganizationIsolationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private String cityA;
    private String cityB;
    private Http ngoA;
    private Http ngoB;
    private Http officerA;
    private Http officerB;
    private Http adminA;
    private Http adminB;
    private long organization;
    private long document;
    private long incubation;

    @BeforeEach
    void twoCitiesWithTheSameOrganization() {
        cityA = TestCities.uniqueSlug("oiso-a");
        cityB = TestCities.uniqueSlug("oiso-b");
        TestCities.create(cityA, "甲市", "City A");
        TestCities.create(cityB, "乙市", "City B");
        adminA = TestCities.adminWithToken(cityA);
        adminB = TestCities.adminWithToken(cityB);
        ngoA = TestCities.person(cityA, adminA, "ngo", "NGO_MEMBER");
        ngoB = TestCities.person(cityB, adminB, "ngo", "NGO_MEMBER");
        officerA = TestCities.person(cityA, adminA, "officer", "PROGRAM_OFFICER");
        officerB = TestCities.person(cityB, adminB, "officer", "PROGRAM_OFFICER");
        organization = verified(cityA, ngoA, officerA, adminA, "甲城暖心社工");
        assertThat(verified(cityB, ngoB, officerB, adminB, "乙城暖心社工"))
                .as("same id in both cities")
                .isEqualTo(organization);
        document = Http.object(OrganizationLifecycleIT.created(ngoA.postBytes(
                        api(cityA, "/organizations/" + organization + "/documents?type=STATUTES&fileName=a.pdf"),
                        "application/pdf",
                        OrganizationLifecycleIT.PDF)))
                .getJsonNumber("id")
                .longValue();
        long incubator = Http.object(OrganizationLifecycleIT.created(officerA.postJson(
                        api(cityA, "/incubators"),
                        "{\"nameZh\":\"创新园\",\"orgUnitId\":%d,\"workstations\":3}".formatted(district(cityA, adminA)))))
                .getJsonNumber("id")
                .longValue();
        incubation = Http.object(OrganizationLifecycleIT.created(ngoA.postJson(
                        api(cityA, "/incubations"),
                        "{\"organizationId\":%d,\"incubatorId\":%d,\"motivation\":\"需要场地\"}"
                                .formatted(organization, incubator))))
                .getJsonNumber("id")
                .longValue();
    }

    @Test
    void theSameCreditCodeAndIdLiveApartInEachCity() {
        assertThat(Http.object(ngoA.get(api(cityA, "/organizations/" + organization)))
                        .getString("nameZh"))
                .isEqualTo("甲城暖心社工");
        assertThat(Http.object(ngoB.get(api(cityB, "/organizations/" + organization)))
                        .getString("nameZh"))
                .isEqualTo("乙城暖心社工");
        assertThat(new Http()
                        .get(api(cityB, "/organizations?q=" + OrganizationLifecycleIT.encode("暖心")))
                        .body())
                .contains("乙城暖心社工")
                .doesNotContain("甲城");
        assertThat(officerB.get(api(cityB, "/organizations/registry?q=52340111MJA412686B"))
                        .body())
                .contains("乙城暖心社工")
                .doesNotContain("甲城");
        assertThat(officerB.get(api(cityB, "/organizations/export.csv")).body()).doesNotContain("甲城");
    }

    @Test
    void documentsIncubationsAndImportJobsOfOneCityAreNotFoundInTheOther() {
        String documentPath = "/organizations/" + organization + "/documents/" + document + "/content";
        assertThat(ngoA.getBytes(api(cityA, documentPath)).statusCode()).isEqualTo(200);
        assertThat(ngoB.getBytes(api(cityB, documentPath)).statusCode())
                .as("B's organization has the same id but no such document")
                .isEqualTo(404);
        assertThat(officerB.getBytes(api(cityB, documentPath)).statusCode()).isEqualTo(404);
        assertThat(ngoA.getBytes(api(cityB, documentPath)).statusCode())
                .as("A's token in B")
                .isEqualTo(404);
        assertThat(ngoB.delete(api(cityB, "/organizations/" + organization + "/documents/" + document))
                        .statusCode())
                .isEqualTo(404);
        assertThat(ngoA.getBytes(api(cityA, documentPath)).statusCode())
                .as("still there")
                .isEqualTo(200);

        assertThat(officerB.get(api(cityB, "/incubations/" + incubation)).statusCode())
                .isEqualTo(404);
        assertThat(officerB.get(api(cityB, "/incubations")).body()).doesNotContain("甲城");
        assertThat(officerA.get(api(cityB, "/incubations/" + incubation)).statusCode())
                .isEqualTo(404);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(officerB.postJson(
                                api(cityB, "/incubations/" + incubation + "/admission"),
                                "{\"agreementStart\":\"%s\",\"agreementEnd\":\"%s\",\"mentorId\":1}"
                                        .formatted(today, today.plusMonths(6)))
                        .statusCode())
                .isEqualTo(404);

        HttpResponse<String> job = adminA.postBytes(
                api(cityA, "/organizations/imports?fileName=a.csv&dryRun=true"),
                "text/csv",
                "name_zh,org_unit\n某机构,包河区\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String jobId = Http.object(job).getString("id");
        assertThat(adminB.get(api(cityB, "/organizations/imports/" + jobId)).statusCode())
                .isEqualTo(404);
        assertThat(adminB.get(api(cityB, "/organizations/imports")).body()).doesNotContain(jobId);
        assertThat(adminA.get(api(cityB, "/organizations/imports/" + jobId)).statusCode())
                .isEqualTo(404);
    }

    private static long verified(String city, Http ngo, Http officer, Http admin, String name) {
        long district = district(city, admin);
        long id = Http.object(OrganizationLifecycleIT.created(ngo.postJson(
                        api(city, "/organizations"),
                        """
                        {"nameZh":"%s","kind":"SOCIAL_SERVICE_AGENCY","registration":"REGISTERED",
                         "creditCode":"52340111MJA412686B","orgUnitId":%d}
                        """
                                .formatted(name, district))))
                .getJsonNumber("id")
                .longValue();
        ngo.postJson(api(city, "/organizations/" + id + "/submission"), "");
        assertThat(officer.postJson(api(city, "/organizations/" + id + "/review"), "{\"decision\":\"VERIFY\"}")
                        .statusCode())
                .isEqualTo(200);
        return id;
    }

    private static long district(String city, Http admin) {
        var units = Http.array(admin.get(api(city, "/org-units")));
        if (units.size() > 1) {
            return units.getJsonObject(1).getJsonNumber("id").longValue();
        }
        long root = units.getJsonObject(0).getJsonNumber("id").longValue();
        return Http.object(
                        admin.postJson(api(city, "/org-units"), "{\"parentId\":%d,\"nameZh\":\"包河区\"}".formatted(root)))
                .getJsonNumber("id")
                .longValue();
    }

    private static String api(String city, String path) {
        return "/c/" + city + "/api/v1" + path;
    }
}
