package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk import from a registry export: a dry run that names every bad row, an import that stores
 * nothing while any row is bad, then all rows once they are fixed, and duplicates on a re-run.
 * The registry's export is read back as an import.
 */
@ExtendWith(ArquillianExtension.class)
class OrganizationImportIT {

    static final String HEADER = "统一社会信用代码,社会组织名称,社会组织类型,登记管理机关,成立登记日期,所属区域,服务领域,专职人员\n";
    static final String GOOD =
            """
            52340111MJA412686B,暖心社会工作服务中心,民办非企业单位,合肥市包河区民政局,2016-03-08,包河区,为老、社区治理,8
            51340111MJB230171K,包河区志愿者协会,社会团体,合肥市包河区民政局,2012/5/20,包河区/万年埠街道,志愿服务,3
            ,万年埠街道邻里互助队,社区社会组织,,2021年6月1日,包河区/万年埠街道,社区治理,0
            """;
    static final String BAD =
            """
            52340111MJA412686C,校验码错误的机构,民办非企业单位,合肥市包河区民政局,2016-03-08,包河区,为老,8
            51340111MJB230171K,重复代码的协会,社会团体,合肥市包河区民政局,2012-05-20,包河区,志愿服务,3
            ,不存在区的互助队,社区社会组织,,2021-06-01,蜀山区,社区治理,0
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private String city;
    private Http admin;

    @BeforeEach
    void cityWithADistrictAndAStreet() {
        city = TestCities.uniqueSlug("imp");
        TestCities.create(city, "合肥测试", "Import City");
        admin = TestCities.adminWithToken(city);
        HttpResponse<String> units =
                admin.post(api("/org-units/import"), "text/csv", "path,name_en\n包河区,Baohe\n包河区/万年埠街道,Wannianbu\n");
        assertThat(units.statusCode()).as(units.body()).isEqualTo(200);
    }

    @Test
    void aFileWithBadRowsChangesNothingAndNamesEveryProblem() {
        JsonObject dryRun = finished(start(HEADER + GOOD + BAD, "registry.csv", true));
        assertThat(dryRun.getInt("rows")).isEqualTo(6);
        assertThat(dryRun.getInt("validRows")).isEqualTo(3);
        assertThat(dryRun.getBoolean("applied")).isFalse();
        assertThat(dryRun.toString())
                .contains("uscc.checkCharacter", "import.duplicate.codeInFile", "import.orgUnit.unknown")
                .contains("\"line\":5", "\"line\":6", "\"line\":7");

        JsonObject refused = finished(start(HEADER + GOOD + BAD, "registry.csv", false));
        assertThat(refused.getBoolean("applied")).isFalse();
        assertThat(refused.getInt("created")).isZero();
        assertThat(registryTotal()).as("all or nothing").isZero();

        JsonObject applied = finished(start(HEADER + GOOD, "registry.csv", false));
        assertThat(applied.getBoolean("applied")).isTrue();
        assertThat(applied.getInt("created")).isEqualTo(3);
        assertThat(registryTotal()).isEqualTo(3);
        assertThat(new Http()
                        .get(api("/organizations?q=" + OrganizationLifecycleIT.encode("互助队")))
                        .body())
                .as("imported organizations are verified, indexed and public")
                .contains("万年埠街道邻里互助队");

        JsonObject again = finished(start(HEADER + GOOD, "registry.csv", false));
        assertThat(again.getBoolean("applied")).isFalse();
        assertThat(again.toString()).contains("import.duplicate.codeInCity", "import.duplicate.nameInCity");
        assertThat(registryTotal()).isEqualTo(3);
        assertThat(admin.get(api("/audit")).body()).contains("organization.imported");
    }

    @Test
    void anExcelExportOfTheRegistryImportsIntoAnotherCity() {
        finished(start(HEADER + GOOD, "registry.csv", false));
        HttpResponse<byte[]> xlsx = admin.getBytes(api("/organizations/export.xlsx"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        String csv =
                admin.get(api("/organizations/export.csv?kind=SOCIAL_GROUP")).body();
        assertThat(csv).contains("包河区志愿者协会").doesNotContain("暖心社会工作服务中心");

        String other = TestCities.uniqueSlug("imp2");
        TestCities.create(other, "另一市", "Other City");
        Http otherAdmin = TestCities.adminWithToken(other);
        otherAdmin.post(
                "/c/" + other + "/api/v1/org-units/import",
                "text/csv",
                "path,name_en\n包河区,Baohe\n包河区/万年埠街道,Wannianbu\n");
        HttpResponse<String> started = otherAdmin.postBytes(
                "/c/" + other + "/api/v1/organizations/imports?fileName=export.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx.body());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonObject job = poll(
                otherAdmin,
                "/c/" + other + "/api/v1/organizations/imports/"
                        + Http.object(started).getString("id"));
        assertThat(job.getBoolean("applied")).as(job.toString()).isTrue();
        assertThat(job.getInt("created")).isEqualTo(3);
    }

    @Test
    void aFileThatIsNotARegistryIsRefusedClearly() {
        HttpResponse<String> wrongType = admin.postBytes(
                api("/organizations/imports?fileName=notes.txt"),
                "text/plain",
                "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains(".csv or .xlsx");

        JsonObject noHeader = finished(start("a,b,c\n1,2,3\n", "x.csv", true));
        assertThat(noHeader.toString()).contains("import.header.noName");
    }

    private HttpResponse<String> start(String csv, String fileName, boolean dryRun) {
        HttpResponse<String> started = admin.postBytes(
                api("/organizations/imports?fileName=" + fileName + "&dryRun=" + dryRun),
                "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return started;
    }

    private JsonObject finished(HttpResponse<String> started) {
        return poll(admin, api("/organizations/imports/" + Http.object(started).getString("id")));
    }

    static JsonObject poll(Http http, String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonObject job = Http.object(http.get(path));
            if (job.getBoolean("finished")) {
                assertThat(job.getString("phase")).as(job.toString()).isEqualTo("DONE");
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import did not finish: " + http.get(path).body());
    }

    private int registryTotal() {
        return Http.object(admin.get(api("/organizations/registry"))).getInt("total");
    }

    private String api(String path) {
        return "/c/" + city + "/api/v1" + path;
    }
}
