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

    /** Password of the people {@link #person} creates. */
    public static final String PERSON_PASSWORD = "seedbed-person-2026";

    /**
     * A user of the city with one role, created by its admin, authenticated by a token of their
     * own; {@code username} must not appear in {@link #PERSON_PASSWORD}.
     */
    public static Http person(String slug, Http admin, String username, String role) {
        HttpResponse<String> created = admin.postJson(
                "/c/" + slug + "/api/v1/users",
                """
                {"username":"%s","email":"%s@%s.test","displayName":"%s","roles":["%s"],"password":"%s"}
                """
                        .formatted(username, username, slug, username, role, PERSON_PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> issued = new Http()
                .basic(username, PERSON_PASSWORD)
                .postJson("/c/" + slug + "/api/v1/me/tokens", "{\"name\":\"tests\",\"validDays\":1}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return new Http().bearer(Http.object(issued).getString("secret"));
    }

    /** The id of a user of the city, by username. */
    public static long userId(String slug, Http admin, String username) {
        return Http.array(admin.get("/c/" + slug + "/api/v1/users")).stream()
                .map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals(username))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }
}
