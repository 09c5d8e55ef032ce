package org.seedbed.organization.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.seedbed.money.Money;
import org.seedbed.orgunit.entity.OrgUnit;

/**
 * A social organization's profile in the city: the aggregate root of its members and documents.
 *
 * <p>Life cycle: members create a {@link OrganizationStatus#DRAFT} and {@link #submit} it; a
 * program officer {@link #verify verifies} or {@link #reject rejects} it with a reason; a rejected
 * profile is corrected and submitted again. A verified profile whose identity (name, kind,
 * registration, code) changes goes back to {@link OrganizationStatus#SUBMITTED}, since the city
 * vouches for exactly what it verified. Imported profiles come verified from the civil-affairs
 * registry.
 */
@Entity
@Table(name = "organization")
@NamedQuery(name = Organization.BY_CREDIT_CODE, query = "select o from Organization o where o.creditCode = :code")
@NamedQuery(name = Organization.BY_NAME, query = "select o from Organization o where o.nameZh = :nameZh")
public class Organization {

    public static final String BY_CREDIT_CODE = "Organization.byCreditCode";
    public static final String BY_NAME = "Organization.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_ids")
    @SequenceGenerator(name = "organization_ids", sequenceName = "organization_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus registration;

    private String authority;

    @Column(name = "uscc", columnDefinition = "char(18)")
    private String creditCode;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_service_area", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "area", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<ServiceArea> serviceAreas = EnumSet.noneOf(ServiceArea.class);

    private int staff;

    @Column(name = "social_workers")
    private int socialWorkers;

    private int volunteers;

    @Column(name = "annual_income_minor")
    private Long annualIncomeMinor;

    @Column(columnDefinition = "char(3)", nullable = false)
    private String currency = "CNY";

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_email")
    private String contactEmail;

    private String address;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationStatus status;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationSource source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Organization() {}

    private Organization(
            OrganizationDetails details, OrganizationStatus status, OrganizationSource source, Instant now) {
        apply(details);
        this.status = status;
        this.source = source;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A profile started by one of its members; nobody else sees it until it is submitted. */
    public static Organization draft(OrganizationDetails details, Instant now) {
        return new Organization(details, OrganizationStatus.DRAFT, OrganizationSource.PROFILE, now);
    }

    /** A profile taken from the civil-affairs registry, which is what verification checks against. */
    public static Organization imported(OrganizationDetails details, String importedBy, Instant now) {
        Organization organization =
                new Organization(details, OrganizationStatus.VERIFIED, OrganizationSource.IMPORT, now);
        organization.reviewedBy = importedBy;
        organization.reviewedAt = now;
        return organization;
    }

    /**
     * Applies an edit by a member; returns true when a verified profile's identity changed, so
     * that it needs to be verified again.
     */
    public boolean edit(OrganizationDetails details, Instant now) {
        boolean identityChanged = !Objects.equals(nameZh, details.nameZh())
                || kind != details.kind()
                || registration != details.registration()
                || !Objects.equals(creditCode, details.creditCode())
                || !Objects.equals(authority, details.authority());
        apply(details);
        updatedAt = now;
        if (status == OrganizationStatus.VERIFIED && identityChanged) {
            status = OrganizationStatus.SUBMITTED;
            submittedAt = now;
            return true;
        }
        return false;
    }

    /** Sends a verified profile back for review, e.g. when its registration certificate changed. */
    public boolean returnForReverification(Instant now) {
        if (status != OrganizationStatus.VERIFIED) {
            return false;
        }
        status = OrganizationStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
        return true;
    }

    public boolean canBeSubmitted() {
        return status == OrganizationStatus.DRAFT || status == OrganizationStatus.REJECTED;
    }

    public void submit(Instant now) {
        if (!canBeSubmitted()) {
            throw new IllegalStateException("a " + status + " profile cannot be submitted");
        }
        status = OrganizationStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    public boolean awaitsReview() {
        return status == OrganizationStatus.SUBMITTED;
    }

    public void verify(String officer, String note, Instant now) {
        decide(OrganizationStatus.VERIFIED, officer, note, now);
    }

    public void reject(String officer, String reason, Instant now) {
        decide(OrganizationStatus.REJECTED, officer, reason, now);
    }

    private void decide(OrganizationStatus outcome, String officer, String note, Instant now) {
        if (!awaitsReview()) {
            throw new IllegalStateException("only a submitted profile can be reviewed, this one is " + status);
        }
        status = outcome;
        reviewNote = note;
        reviewedBy = officer;
        reviewedAt = now;
        updatedAt = now;
    }

    private void apply(OrganizationDetails details) {
        nameZh = details.nameZh();
        nameEn = details.nameEn();
        kind = details.kind();
        registration = details.registration();
        authority = details.authority();
        creditCode = details.creditCode();
        foundedOn = details.foundedOn();
        orgUnit = details.orgUnit();
        serviceAreas = details.serviceAreas().isEmpty()
                ? EnumSet.noneOf(ServiceArea.class)
                : EnumSet.copyOf(details.serviceAreas());
        staff = details.staff();
        socialWorkers = details.socialWorkers();
        volunteers = details.volunteers();
        annualIncomeMinor =
                details.annualIncome() == null ? null : details.annualIncome().minor();
        if (details.annualIncome() != null) {
            currency = details.annualIncome().currency().getCurrencyCode();
        }
        contactName = details.contactName();
        contactPhone = details.contactPhone();
        contactEmail = details.contactEmail();
        address = details.address();
        description = details.description();
    }

    public String name(Locale language) {
        return "zh".equals(language.getLanguage()) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }

    public Long id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public OrganizationKind kind() {
        return kind;
    }

    public RegistrationStatus registration() {
        return registration;
    }

    public String authority() {
        return authority;
    }

    public String creditCode() {
        return creditCode;
    }

    public LocalDate foundedOn() {
        return foundedOn;
    }

    public OrgUnit orgUnit() {
        return orgUnit;
    }

    public Set<ServiceArea> serviceAreas() {
        return Set.copyOf(serviceAreas);
    }

    public int staff() {
        return staff;
    }

    public int socialWorkers() {
        return socialWorkers;
    }

    public int volunteers() {
        return volunteers;
    }

    public Money annualIncome() {
        return annualIncomeMinor == null ? null : Money.ofMinor(annualIncomeMinor, currency);
    }

    public String contactName() {
        return contactName;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String address() {
        return address;
    }

    public String description() {
        return description;
    }

    public OrganizationStatus status() {
        return status;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public OrganizationSource source() {
        return source;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
