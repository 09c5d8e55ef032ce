package org.seedbed.tenancy.entity;

/** Life cycle of a city: active cities answer requests, retired ones are exported and dropped. */
public enum TenantStatus {
    ACTIVE,
    RETIRED
}
