package org.seedbed.tenancy.boundary;

/** A city just provisioned, with how long provisioning took. */
public record CityCreated(CityView city, long adminUserId, long provisioningMillis) {}
