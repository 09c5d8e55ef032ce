package org.seedbed.grant.entity;

/** When a grant is evaluated: halfway, which may gate the next tranche, and at the end (结项). */
public enum EvaluationStage {
    /** 中期评估 */
    MID_TERM,
    /** 结项评估 */
    FINAL
}
