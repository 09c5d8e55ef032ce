package org.seedbed.organization.entity;

/** The kinds of documents an organization keeps on file. */
public enum DocumentType {
    REGISTRATION_CERTIFICATE,
    STATUTES,
    AUDIT_REPORT,
    ANNUAL_REPORT,
    OTHER
}
