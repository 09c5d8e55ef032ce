package org.seedbed.tenancy.boundary;

import org.seedbed.tenancy.entity.TenantSpec;

/**
 * A city to create and its first city admin. Without {@code adminPassword} the admin receives a
 * link to choose one.
 */
public record NewCity(
        TenantSpec city, String adminUsername, String adminEmail, String adminName, String adminPassword) {}
