package org.seedbed.search.faces;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.seedbed.call.entity.CallStatus;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.grant.entity.Grant;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.search.document.DocumentType;
import org.seedbed.search.query.Facet;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * Message keys of the codes a search answers with: kinds of document, organization kinds,
 * service areas, statuses and amount bands. Statuses reuse each kind's own keys; a status facet
 * value does not say its kind, so it takes the first searched kind that has such a status (within
 * one search no two kinds share a status that can be found). Years are shown as they are, org
 * units and categories by the names the answer carries.
 */
final class SearchLabels {

    private SearchLabels() {}

    static Optional<String> facetValue(String facet, String value, Set<DocumentType> searched) {
        Facet known = Facet.ofKey(facet).orElse(null);
        if (known == null || value == null) {
            return Optional.empty();
        }
        return switch (known) {
            case TYPE -> Optional.of(type(value));
            case KIND -> Optional.of("kind." + value);
            case AREA -> Optional.of("area." + value);
            case AMOUNT -> Optional.of("search.band." + value);
            case STATUS ->
                searched.stream()
                        .sorted()
                        .map(type -> status(type, value))
                        .flatMap(Optional::stream)
                        .findFirst();
            case UNIT, CATEGORY, YEAR -> Optional.empty();
        };
    }

    static String type(String typeKey) {
        return "search.type." + typeKey;
    }

    /** The key of a status of one kind of document; empty when that kind has no such status. */
    static Optional<String> status(DocumentType type, String status) {
        if (status == null) {
            return Optional.empty();
        }
        return switch (type) {
            case ORGANIZATION -> keyIfNamed("organizationStatus.", status, OrganizationStatus.values());
            case CALL -> keyIfNamed("callStatus.", status, CallStatus.values());
            case CAMPAIGN -> keyIfNamed("staffCampaign.status.", status, Campaign.Status.values());
            case SUBMISSION -> keyIfNamed("submissionStatus.", status, SubmissionStatus.values());
            case GRANT -> keyIfNamed("grant.status.", status, Grant.Status.values());
        };
    }

    private static Optional<String> keyIfNamed(String prefix, String status, Enum<?>[] statuses) {
        return Arrays.stream(statuses)
                .filter(s -> s.name().equals(status))
                .findFirst()
                .map(s -> prefix + s.name());
    }
}
