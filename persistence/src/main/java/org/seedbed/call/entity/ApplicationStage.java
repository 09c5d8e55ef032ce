package org.seedbed.call.entity;

/**
 * Which part of an application a form and a submission belong to: the short letter of intent
 * (意向书) of a two-stage call, or the proposal (申报书), which is all a one-stage call asks for
 * and what a two-stage call asks of the organizations it invites.
 */
public enum ApplicationStage {
    INTENT,
    PROPOSAL
}
