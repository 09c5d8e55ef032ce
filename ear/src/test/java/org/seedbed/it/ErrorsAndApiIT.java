package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Error pages, problem details, health and the OpenAPI document. */
@ExtendWith(ArquillianExtension.class)
class ErrorsAndApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    @Test
    void anUnknownCityIsNotFoundInTheVisitorsLanguage() {
        HttpResponse<String> chinese = new Http().language("zh-CN").get("/c/atlantis/");
        assertThat(chinese.statusCode()).isEqualTo(404);
        assertThat(chinese.body()).contains("lang=\"zh\"").doesNotContain("Exception");

        HttpResponse<String> english = new Http().language("en").get("/c/atlantis/login.xhtml");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("lang=\"en\"").doesNotContain("Exception");
    }

    @Test
    void unreadableJsonIsABadRequestWithProblemDetails() {
        String city = TestCities.uniqueSlug("json");
        TestCities.create(city, "格式市", "Format");
        Http admin = TestCities.adminWithToken(city);

        HttpResponse<String> response = admin.postJson("/c/" + city + "/api/v1/org-units", "{not json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.object(response).getString("detail")).isNotBlank();
        assertThat(response.body()).doesNotContain("at org.", "Exception");
    }

    @Test
    void problemsAreExplainedInChineseToo() {
        HttpResponse<String> response = new Http()
                .language("zh-CN")
                .basic(TestCities.PLATFORM_ADMIN, TestCities.PLATFORM_PASSWORD)
                .postJson("/api/v1/platform/cities", "{\"slug\":\"x\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("请填写中文名称");
    }

    @Test
    void aLimitThatIsNotANumberIsABadRequest() {
        String city = TestCities.uniqueSlug("limit");
        TestCities.create(city, "限制市", "Limit");
        HttpResponse<String> response = new Http().get("/c/" + city + "/api/v1/org-units?q=x&limit=lots");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.object(response).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("limit");
    }

    @Test
    void healthReportsTheDatabase() {
        HttpResponse<String> health = new Http().get("/api/v1/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Http.object(health).getString("database")).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        HttpResponse<String> document = new Http().get("/api/openapi.json");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/api/v1/platform/cities", "/api/v1/org-units", "\"openapi\"");
    }
}
