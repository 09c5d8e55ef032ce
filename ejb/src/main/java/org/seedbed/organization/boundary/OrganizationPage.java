package org.seedbed.organization.boundary;

import java.util.List;

/** One page of a list of organizations, with how many match in all. */
public record OrganizationPage(List<OrganizationView> items, long total, int page, int size) {}
