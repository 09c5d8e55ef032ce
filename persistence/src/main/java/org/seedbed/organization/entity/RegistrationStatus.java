package org.seedbed.organization.entity;

/** Where an organization stands with the civil-affairs bureau: registered (登记), filed (备案) or preparing (筹备). */
public enum RegistrationStatus {
    REGISTERED,
    FILED,
    PREPARING
}
