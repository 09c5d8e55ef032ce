/**
 * Pages of applications to calls: starting one, the applicants' step-by-step form with drafts,
 * autosave, attachments, the review before submitting and the submitted record; the applicants'
 * list; the officers' list of a call's submissions and the screening of one submission.
 */
package org.seedbed.submission.faces;
