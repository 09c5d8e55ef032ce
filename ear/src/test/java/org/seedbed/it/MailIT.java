package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registration, e-mail verification and password reset, with mail through a real SMTP server. */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private GreenMail smtp;
    private String city;

    @BeforeEach
    void smtpServerAndCity() {
        smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        city = TestCities.uniqueSlug("mail");
        TestCities.create(city, "邮件市", "Mail City");
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aRegisteredNgoMemberVerifiesTheAddressFromTheMailThenLogsIn() throws Exception {
        HttpResponse<String> registered = new Http()
                .language("zh-CN")
                .postJson(
                        "/c/" + city + "/api/v1/registrations",
                        """
                {"username":"lin.na","email":"lin.na@ngo.test","displayName":"林娜","password":"green-sprout-42","role":"NGO_MEMBER"}
                """);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
        assertThat(new Http()
                        .basic("lin.na", "green-sprout-42")
                        .get("/c/" + city + "/api/v1/me")
                        .statusCode())
                .as("not verified yet")
                .isEqualTo(401);

        MimeMessage mail = onlyMail();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("lin.na@ngo.test");
        assertThat(mail.getSubject()).contains("邮件市");
        String token = tokenIn(text(mail), "/c/" + city + "/verify.xhtml");

        assertThat(new Http()
                        .postJson("/c/" + city + "/api/v1/email-verifications", "{\"token\":\"" + token + "\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(new Http()
                        .basic("lin.na", "green-sprout-42")
                        .get("/c/" + city + "/api/v1/me")
                        .statusCode())
                .isEqualTo(200);
        assertThat(new Http()
                        .postJson("/c/" + city + "/api/v1/email-verifications", "{\"token\":\"" + token + "\"}")
                        .statusCode())
                .as("a link works once")
                .isEqualTo(400);
    }

    @Test
    void aForgottenPasswordIsResetThroughTheMailedLink() throws Exception {
        HttpResponse<String> requested = new Http()
                .postJson("/c/" + city + "/api/v1/password-reset-requests", "{\"email\":\"admin@" + city + ".test\"}");
        assertThat(requested.statusCode()).isEqualTo(202);
        String token = tokenIn(text(onlyMail()), "/c/" + city + "/reset.xhtml");

        HttpResponse<String> weak = new Http()
                .postJson(
                        "/c/" + city + "/api/v1/password-resets",
                        "{\"token\":\"" + token + "\",\"password\":\"short\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(new Http()
                        .postJson(
                                "/c/" + city + "/api/v1/password-resets",
                                "{\"token\":\"" + token + "\",\"password\":\"brand-new-2027\"}")
                        .statusCode())
                .isEqualTo(204);

        assertThat(new Http()
                        .basic("admin", "brand-new-2027")
                        .get("/c/" + city + "/api/v1/me")
                        .statusCode())
                .isEqualTo(200);
        assertThat(new Http()
                        .basic("admin", TestCities.ADMIN_PASSWORD)
                        .get("/c/" + city + "/api/v1/me")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void registeringATakenAddressRevealsNothingAndTellsItsOwner() throws Exception {
        HttpResponse<String> registered = new Http()
                .postJson(
                        "/c/" + city + "/api/v1/registrations",
                        """
                        {"username":"someone.else","email":"admin@%s.test","displayName":"X","password":"green-sprout-42","role":"DONOR"}
                        """
                                .formatted(city));

        assertThat(registered.statusCode()).isEqualTo(202);
        MimeMessage mail = onlyMail();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("admin@" + city + ".test");
        assertThat(text(mail)).contains("“admin”").contains("/c/" + city + "/forgot.xhtml");
        assertThat(new Http()
                        .basic("someone.else", "green-sprout-42")
                        .get("/c/" + city + "/api/v1/me")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        HttpResponse<String> requested = new Http()
                .postJson("/c/" + city + "/api/v1/password-reset-requests", "{\"email\":\"nobody@nowhere.test\"}");
        assertThat(requested.statusCode()).isEqualTo(202);
        assertThat(smtp.waitForIncomingEmail(2000, 1)).isFalse();
    }

    private MimeMessage onlyMail() {
        assertThat(smtp.waitForIncomingEmail(15_000, 1)).as("a mail arrives").isTrue();
        MimeMessage[] messages = smtp.getReceivedMessages();
        assertThat(messages).hasSize(1);
        return messages[0];
    }

    private static String text(MimeMessage mail) throws Exception {
        return (String) mail.getContent();
    }

    private static String tokenIn(String body, String page) {
        String flat = body.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
        Matcher matcher = Pattern.compile(Pattern.quote(page) + "\\?token=([A-Za-z0-9_-]+)")
                .matcher(flat);
        assertThat(matcher.find()).as("link to " + page + " in: " + flat).isTrue();
        return matcher.group(1);
    }
}
