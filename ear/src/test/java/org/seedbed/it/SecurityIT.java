package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String NGO_PASSWORD = "river-lantern-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private String city;

    @BeforeEach
    void cityWithAnNgoMember() {
        city = TestCities.uniqueSlug("sec");
        TestCities.create(city, "安全市", "Security");
        HttpResponse<String> created = TestCities.adminWithToken(city)
                .postJson(
                        "/c/" + city + "/api/v1/users",
                        """
                {"username":"ngo","email":"ngo@%s.test","displayName":"社会组织成员",
                 "roles":["NGO_MEMBER"],"password":"%s"}
                """
                                .formatted(city, NGO_PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void anonymousVisitorsOfProtectedPagesAreSentToLoginAndBack() {
        HttpResponse<String> response = new Http().get("/c/" + city + "/admin/users.xhtml");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .contains("/c/" + city + "/login.xhtml?next=")
                .contains("admin%2Fusers.xhtml");
    }

    @Test
    void anEncodedPathIsGuardedLikeThePlainOne() {
        HttpResponse<String> encoded = new Http().get("/c/" + city + "/%61dmin/users.xhtml");
        assertThat(encoded.statusCode()).isIn(302, 400, 404);
        assertThat(encoded.body()).doesNotContain("ngo@" + city);

        HttpResponse<String> withParameter = new Http().get("/c/" + city + "/admin;x=1/users.xhtml");
        assertThat(withParameter.statusCode()).isIn(302, 400, 404);
        assertThat(withParameter.body()).doesNotContain("ngo@" + city);
    }

    @Test
    void disablingAnAccountEndsItsSignedInSessionAtOnce() {
        Http ngo = new Http();
        FacesForms.login(ngo, city, "ngo", NGO_PASSWORD);
        assertThat(ngo.get("/c/" + city + "/dashboard.xhtml").statusCode()).isEqualTo(200);

        Http admin = TestCities.adminWithToken(city);
        long ngoId = Http.array(admin.get("/c/" + city + "/api/v1/users")).stream()
                .map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals("ngo"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        assertThat(admin.delete("/c/" + city + "/api/v1/users/" + ngoId).statusCode())
                .isEqualTo(200);

        assertThat(ngo.get("/c/" + city + "/dashboard.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void aSignedInPersonWithoutTheRoleIsForbidden() {
        Http ngo = new Http();
        FacesForms.login(ngo, city, "ngo", NGO_PASSWORD);

        assertThat(ngo.get("/c/" + city + "/dashboard.xhtml").statusCode()).isEqualTo(200);
        HttpResponse<String> admin = ngo.get("/c/" + city + "/admin/users.xhtml");
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(new Http()
                        .basic("ngo", NGO_PASSWORD)
                        .get("/c/" + city + "/api/v1/users")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aFormPostedWithoutItsViewStateChangesNothing() {
        Http attacker = new Http();
        String body = FacesForms.encode(Map.of(
                "loginForm", "loginForm",
                "loginForm:username", "admin",
                "loginForm:password", TestCities.ADMIN_PASSWORD,
                "loginForm:submit", "x"));
        HttpResponse<String> withoutToken = attacker.postForm("/c/" + city + "/login.xhtml", body);
        assertThat(withoutToken.statusCode()).isNotEqualTo(302);
        assertThat(attacker.get("/c/" + city + "/dashboard.xhtml").statusCode()).isEqualTo(302);

        HttpResponse<String> forged = attacker.postForm(
                "/c/" + city + "/login.xhtml", body + "&jakarta.faces.ViewState=-123456789%3A987654321");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(attacker.get("/c/" + city + "/dashboard.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void apiChangesWithOnlyASessionCookieAreRefused() {
        Http browser = new Http();
        FacesForms.login(browser, city, "admin", TestCities.ADMIN_PASSWORD);

        assertThat(browser.get("/c/" + city + "/api/v1/users").statusCode()).isEqualTo(200);
        assertThat(browser.postJson("/c/" + city + "/api/v1/me/tokens", "{\"name\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() {
        for (int i = 0; i < 5; i++) {
            assertThat(new Http()
                            .basic("ngo", "wrong-password-" + i)
                            .get("/c/" + city + "/api/v1/me")
                            .statusCode())
                    .isEqualTo(401);
        }
        assertThat(new Http()
                        .basic("ngo", NGO_PASSWORD)
                        .get("/c/" + city + "/api/v1/me")
                        .statusCode())
                .as("locked even with the right password")
                .isEqualTo(401);
        HttpResponse<String> page = FacesForms.submit(
                new Http(),
                "/c/" + city + "/login.xhtml",
                "loginForm",
                "submit",
                Map.of("username", "ngo", "password", NGO_PASSWORD));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("locked");
    }

    @Test
    void loginGivesANewSessionIdAndLogoutEndsTheSession() {
        Http browser = new Http();
        HttpResponse<String> loginPage = browser.get("/c/" + city + "/login.xhtml");
        String before = sessionId(loginPage);
        HttpResponse<String> login = FacesForms.login(browser, city, "admin", TestCities.ADMIN_PASSWORD);
        String after = sessionId(login);
        assertThat(after).isNotNull().isNotEqualTo(before);

        HttpResponse<String> dashboard = browser.get("/c/" + city + "/dashboard.xhtml");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        HttpResponse<String> logout =
                FacesForms.submit(browser, "/c/" + city + "/dashboard.xhtml", "logoutForm", "logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(browser.get("/c/" + city + "/dashboard.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (String path : new String[] {"/c/" + city + "/", "/c/" + city + "/api/v1/org-units", "/c/nowhere/"}) {
            HttpResponse<String> response = new Http().get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
            assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
        }
    }

    private static String sessionId(HttpResponse<String> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher matcher = Pattern.compile("JSESSIONID=([^;]+)").matcher(cookie);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }
}
