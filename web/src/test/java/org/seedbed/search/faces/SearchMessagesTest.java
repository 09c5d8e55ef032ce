package org.seedbed.search.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seedbed.call.entity.CallStatus;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.grant.entity.Grant;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.search.document.DocumentType;
import org.seedbed.search.query.Facet;
import org.seedbed.search.query.SortOrder;
import org.seedbed.submission.entity.SubmissionStatus;

/** Every label the search pages ask for exists in English and in Chinese, so no page shows a bare key. */
class SearchMessagesTest {

    private static final Pattern MSG = Pattern.compile("msg\\['([^']+)'\\]");

    @Test
    void everyKeyThePagesNameIsInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String page : List.of("search.xhtml", "staff/search.xhtml", "WEB-INF/includes/search.xhtml")) {
            Matcher key = MSG.matcher(Files.readString(Path.of("src/main/webapp", page)));
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        keys.addAll(List.of("nav.search", "nav.staffSearch", "search.failed", "search.hit.untitled"));

        assertThat(keys).contains("search.total", "search.empty.title");
        assertInBothLanguages(keys);
    }

    @Test
    void everyCodeTheAnswerCarriesHasALabelInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            keys.add(SearchLabels.type(type.key()));
            keys.add("search.hit.amount." + type.key());
        }
        for (Facet facet : Facet.values()) {
            keys.add("search.facet." + facet.key());
        }
        for (SortOrder order : SortOrder.values()) {
            keys.add("search.sort." + order.key());
        }
        for (String band : List.of("UNDER_50K", "FROM_50K_TO_200K", "FROM_200K_TO_1M", "FROM_1M")) {
            keys.add("search.band." + band);
        }
        keys.add("search.filter.minAmount");
        keys.add("search.filter.maxAmount");
        statuses(keys, DocumentType.ORGANIZATION, OrganizationStatus.values());
        statuses(keys, DocumentType.CALL, CallStatus.values());
        statuses(keys, DocumentType.CAMPAIGN, Campaign.Status.values());
        statuses(keys, DocumentType.SUBMISSION, SubmissionStatus.values());
        statuses(keys, DocumentType.GRANT, Grant.Status.values());

        assertInBothLanguages(keys);
    }

    private static void statuses(List<String> keys, DocumentType type, Enum<?>[] statuses) {
        for (Enum<?> status : statuses) {
            keys.add(SearchLabels.status(type, status.name()).orElseThrow());
        }
    }

    private static void assertInBothLanguages(List<String> keys) throws IOException {
        Properties english = bundle("Messages.properties");
        Properties chinese = bundle("Messages_zh_CN.properties");
        assertThat(keys).allSatisfy(key -> {
            assertThat(english).as("English").containsKey(key);
            assertThat(chinese).as("Chinese").containsKey(key);
        });
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SearchMessagesTest.class.getResourceAsStream("/org/seedbed/web/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
