package org.seedbed.call.entity;

/** Drafted by officers, published (open for applications until its deadline), closed, archived. */
public enum CallStatus {
    DRAFT,
    PUBLISHED,
    CLOSED,
    ARCHIVED
}
