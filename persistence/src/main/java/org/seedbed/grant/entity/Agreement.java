package org.seedbed.grant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A grant's agreement (资助协议): a generated PDF that the organization signs, either by
 * confirming online or by uploading a scan of the stamped paper copy, and that an officer then
 * countersigns. The document may be regenerated (e.g. after the dates change) only as long as the
 * organization has not signed it, so that nobody signs one text and is bound by another.
 */
@Entity
@Table(name = "grant_agreement")
public class Agreement {

    public enum Signature {
        /** Confirmed online by a member of the organization. */
        CONFIRMATION,
        /** A scan of the signed and stamped (盖章) paper copy. */
        SCAN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id")
    private Grant grant;

    /** Storage key of the generated PDF. */
    @Column(name = "document_key", nullable = false)
    private String documentKey;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "generated_by", nullable = false)
    private String generatedBy;

    @Column(name = "organization_signed_at")
    private Instant organizationSignedAt;

    @Column(name = "organization_signed_by")
    private String organizationSignedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "organization_signature")
    private Signature organizationSignature;

    @Column(name = "scan_key")
    private String scanKey;

    @Column(name = "scan_name")
    private String scanName;

    @Column(name = "officer_signed_at")
    private Instant officerSignedAt;

    @Column(name = "officer_signed_by")
    private String officerSignedBy;

    @Version
    private long version;

    protected Agreement() {}

    public Agreement(Grant grant, String documentKey, String by, Instant now) {
        this.grant = grant;
        this.documentKey = documentKey;
        this.generatedBy = by;
        this.generatedAt = now;
    }

    public void regenerate(String key, String by, Instant now) {
        if (organizationSigned()) {
            throw new IllegalStateException("the organization has signed this agreement; it cannot be regenerated");
        }
        documentKey = key;
        generatedBy = by;
        generatedAt = now;
    }

    public void signByOrganization(String by, Instant now) {
        sign(Signature.CONFIRMATION, by, now);
    }

    public void signByOrganizationWithScan(String scanKey, String scanName, String by, Instant now) {
        sign(Signature.SCAN, by, now);
        this.scanKey = scanKey;
        this.scanName = scanName;
    }

    private void sign(Signature signature, String by, Instant now) {
        if (organizationSigned()) {
            throw new IllegalStateException("the organization has already signed this agreement");
        }
        organizationSignature = signature;
        organizationSignedBy = by;
        organizationSignedAt = now;
    }

    public void countersign(String by, Instant now) {
        if (!organizationSigned()) {
            throw new IllegalStateException("the organization signs before the officer countersigns");
        }
        if (officerSignedAt != null) {
            throw new IllegalStateException("the agreement is already countersigned");
        }
        officerSignedBy = by;
        officerSignedAt = now;
    }

    public boolean organizationSigned() {
        return organizationSignedAt != null;
    }

    /** Binding once both sides have signed. */
    public boolean signed() {
        return organizationSigned() && officerSignedAt != null;
    }

    public Long id() {
        return id;
    }

    public Grant grant() {
        return grant;
    }

    public String documentKey() {
        return documentKey;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public String generatedBy() {
        return generatedBy;
    }

    public Instant organizationSignedAt() {
        return organizationSignedAt;
    }

    public String organizationSignedBy() {
        return organizationSignedBy;
    }

    public Signature organizationSignature() {
        return organizationSignature;
    }

    public String scanKey() {
        return scanKey;
    }

    public String scanName() {
        return scanName;
    }

    public Instant officerSignedAt() {
        return officerSignedAt;
    }

    public String officerSignedBy() {
        return officerSignedBy;
    }

    public long version() {
        return version;
    }
}
