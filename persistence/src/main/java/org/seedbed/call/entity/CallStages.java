package org.seedbed.call.entity;

/** One stage (full proposals at once) or two (a letter of intent first, then invited full proposals). */
public enum CallStages {
    ONE_STAGE,
    TWO_STAGE
}
