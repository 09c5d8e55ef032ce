package org.seedbed.incubation.entity;

/** What an incubator offers and logs for its incubatees. */
public enum IncubationService {
    WORKSTATION,
    TRAINING,
    SUPERVISION,
    REGISTRATION_HELP,
    FINANCIAL_SERVICES,
    FUNDRAISING_SUPPORT,
    PROJECT_DESIGN,
    NETWORKING
}
