package org.seedbed.tenancy.entity;

/** Life cycle of a city: active cities answer requests, retired ones are exported and dropped. */
public enum TenantStatus {
    ACTIVE,
    /** Being exported: no longer answers requests, not yet dropped. */
    RETIRING,
    RETIRED
}
