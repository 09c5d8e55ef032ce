package org.seedbed.incubation.entity;

/** The stages of incubation: 入园申请 → 在孵 → 出壳 or 退出, plus declined and withdrawn applications. */
public enum IncubationStatus {
    APPLIED,
    DECLINED,
    WITHDRAWN,
    INCUBATING,
    GRADUATED,
    EXITED;

    public boolean isOpen() {
        return this == APPLIED || this == INCUBATING;
    }
}
