package org.seedbed.incubation.entity;

/** Managers run an incubator; mentors accompany its incubatees. */
public enum StaffRole {
    MANAGER,
    MENTOR
}
