package org.seedbed.organization.entity;

/** The fields an organization serves in (服务领域). */
public enum ServiceArea {
    ELDERLY,
    CHILDREN_YOUTH,
    DISABILITY,
    COMMUNITY_GOVERNANCE,
    ENVIRONMENT,
    CULTURE_SPORTS,
    EDUCATION,
    HEALTH,
    POVERTY_RELIEF,
    VOLUNTEERING,
    LEGAL_AID,
    OTHER
}
