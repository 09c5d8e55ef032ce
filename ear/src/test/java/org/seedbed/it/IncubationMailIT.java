package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail that incubation sends through a real SMTP server: the decision on a profile and on an
 * application, and the nightly reminder that an agreement ends soon, sent once.
 */
@ExtendWith(ArquillianExtension.class)
class IncubationMailIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private GreenMail smtp;
    private String city;

    @BeforeEach
    void smtpServer() {
        smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void membersHearOfDecisionsAndOfAnAgreementEndingSoonOnce() throws Exception {
        city = TestCities.uniqueSlug("mailinc");
        TestCities.create(city, "提醒市", "Reminder City");
        Http admin = TestCities.adminWithToken(city);
        long root = Http.array(admin.get(api("/org-units")))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long district = Http.object(
                        admin.postJson(api("/org-units"), "{\"parentId\":%d,\"nameZh\":\"包河区\"}".formatted(root)))
                .getJsonNumber("id")
                .longValue();
        Http ngo = TestCities.person(city, admin, "ngo", "NGO_MEMBER");
        Http officer = TestCities.person(city, admin, "officer", "PROGRAM_OFFICER");
        TestCities.person(city, admin, "mentor", "MENTOR");
        long organization = Http.object(OrganizationLifecycleIT.created(ngo.postJson(
                        api("/organizations"),
                        "{\"nameZh\":\"邻里互助队\",\"kind\":\"COMMUNITY_FILED\",\"registration\":\"FILED\",\"orgUnitId\":%d}"
                                .formatted(district))))
                .getJsonNumber("id")
                .longValue();
        ngo.postJson(api("/organizations/" + organization + "/submission"), "");
        officer.postJson(api("/organizations/" + organization + "/review"), "{\"decision\":\"VERIFY\"}");
        long incubator = Http.object(officer.postJson(
                        api("/incubators"),
                        "{\"nameZh\":\"街道孵化基地\",\"orgUnitId\":%d,\"workstations\":4}".formatted(district)))
                .getJsonNumber("id")
                .longValue();
        long incubation = Http.object(ngo.postJson(
                        api("/incubations"),
                        "{\"organizationId\":%d,\"incubatorId\":%d,\"motivation\":\"需要场地\"}"
                                .formatted(organization, incubator)))
                .getJsonNumber("id")
                .longValue();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        officer.postJson(
                api("/incubations/" + incubation + "/admission"),
                "{\"agreementStart\":\"%s\",\"agreementEnd\":\"%s\",\"mentorId\":%d}"
                        .formatted(
                                today.minusMonths(11), today.plusDays(10), TestCities.userId(city, admin, "mentor")));

        assertThat(smtp.waitForIncomingEmail(15_000, 2)).isTrue();
        assertThat(subjects()).anyMatch(s -> s.contains("is verified")).anyMatch(s -> s.contains("is admitted to"));

        Http platform = new Http().basic(TestCities.PLATFORM_ADMIN, TestCities.PLATFORM_PASSWORD);
        assertThat(platform.postJson("/api/v1/platform/housekeeping", "").statusCode())
                .isEqualTo(200);
        assertThat(smtp.waitForIncomingEmail(15_000, 4))
                .as("the member and the mentor")
                .isTrue();
        MimeMessage[] all = smtp.getReceivedMessages();
        assertThat(Arrays.stream(all).filter(m -> subject(m).contains("incubation agreement")))
                .hasSize(2)
                .allSatisfy(m -> assertThat(GreenMailUtil.getBody(m)).isNotBlank());

        platform.postJson("/api/v1/platform/housekeeping", "");
        Thread.sleep(2_000);
        assertThat(smtp.getReceivedMessages()).as("reminded once").hasSize(all.length);
    }

    private String[] subjects() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(IncubationMailIT::subject)
                .toArray(String[]::new);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String api(String path) {
        return "/c/" + city + "/api/v1" + path;
    }
}
