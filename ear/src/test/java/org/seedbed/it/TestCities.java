package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

/** Creates cities through the platform API, each with a unique slug, as the platform admin. */
public final class TestCities {

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String PLATFORM_PASSWORD = "platform-test-2026";
    public static final String ADMIN_PASSWORD = "city-keeper-2026";

    private TestCities() {}

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a city whose first admin is "admin" with {@link #ADMIN_PASSWORD}; returns the response. */
    public static HttpResponse<String> create(String slug, String nameZh, String nameEn) {
        HttpResponse<String> response = new Http()
                .basic(PLATFORM_ADMIN, PLATFORM_PASSWORD)
                .postJson(
                        "/api/v1/platform/cities",
                        """
                {"slug":"%s","nameZh":"%s","nameEn":"%s","adminUsername":"admin",
                 "adminEmail":"admin@%s.test","adminName":"管理员","adminPassword":"%s"}
                """
                                .formatted(slug, nameZh, nameEn, slug, ADMIN_PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    /** An admin of the city, authenticated by a personal access token created through the API. */
    public static Http adminWithToken(String slug) {
        HttpResponse<String> issued = new Http()
                .basic("admin", ADMIN_PASSWORD)
                .postJson("/c/" + slug + "/api/v1/me/tokens", "{\"name\":\"tests\",\"validDays\":1}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return new Http().bearer(Http.object(issued).getString("secret"));
    }
}
