package org.seedbed.incubation.entity;

/** A baseline on entry, periodic ones while incubating, the final one at graduation. */
public enum AssessmentKind {
    INITIAL,
    PERIODIC,
    FINAL
}
