package org.seedbed.search.document;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.seedbed.call.entity.CallStatus;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.grant.entity.Grant;
import org.seedbed.organization.entity.Organization;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.submission.entity.Submission;

/**
 * The kinds of searchable documents. Organizations, calls and campaigns form the public directory
 * once they are listed (verified, published, approved); applications and grants are for staff only
 * and never listed.
 */
public enum DocumentType {
    ORGANIZATION(Organization.class, true),
    CALL(FundingCall.class, true),
    CAMPAIGN(Campaign.class, true),
    SUBMISSION(Submission.class, false),
    GRANT(Grant.class, false);

    /** What the public directory searches. */
    public static final Set<DocumentType> PUBLIC = EnumSet.of(ORGANIZATION, CALL, CAMPAIGN);

    /** What staff search: applications and grants. */
    public static final Set<DocumentType> STAFF = EnumSet.of(SUBMISSION, GRANT);

    private final Class<?> entity;
    private final boolean publicKind;

    DocumentType(Class<?> entity, boolean publicKind) {
        this.entity = entity;
        this.publicKind = publicKind;
    }

    public Class<?> entity() {
        return entity;
    }

    /** The value of the {@code docType} field and of URL parameters. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DocumentType> ofKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }

    public static Optional<DocumentType> ofEntity(Class<?> type) {
        return Arrays.stream(values())
                .filter(t -> t.entity.isAssignableFrom(type))
                .findFirst();
    }

    /**
     * Whether documents of this kind have the field: every kind has the titles, texts, status,
     * unit and year; only organizations have a kind and areas, only organizations lack an amount.
     */
    public boolean hasField(String field) {
        return switch (field) {
            case SearchFields.KIND, SearchFields.AREA -> this == ORGANIZATION;
            case SearchFields.AMOUNT, SearchFields.CURRENCY -> this != ORGANIZATION;
            case SearchFields.CATEGORY -> this == CALL || this == SUBMISSION || this == GRANT;
            default -> true;
        };
    }

    /** Whether this entity may appear in public search now; staff-only kinds never do. */
    public boolean listed(Object entity) {
        if (!publicKind) {
            return false;
        }
        return switch (this) {
            case ORGANIZATION -> ((Organization) entity).status() == OrganizationStatus.VERIFIED;
            case CALL -> ((FundingCall) entity).status() != CallStatus.DRAFT;
            case CAMPAIGN -> {
                Campaign.Status status = ((Campaign) entity).status();
                yield status == Campaign.Status.ACTIVE || status == Campaign.Status.ENDED;
            }
            default -> false;
        };
    }
}
