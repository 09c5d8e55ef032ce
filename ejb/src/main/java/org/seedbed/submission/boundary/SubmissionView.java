package org.seedbed.submission.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.seedbed.call.entity.ApplicationStage;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * A submission as applicants and officers see it, with its answers as JSON text, what the caller
 * may do with it now, and the eligibility results recorded at the last submission. In a two-stage
 * call, {@code stage} says whether it is still a letter of intent; an invited one keeps the
 * letter's answers in {@code intentAnswers}. {@code deadlineAt} is when its current stage closes.
 */
public record SubmissionView(
        long id,
        long callId,
        String callTitleZh,
        String callTitleEn,
        long organizationId,
        String organizationNameZh,
        String organizationNameEn,
        long orgUnitId,
        int formVersion,
        ApplicationStage stage,
        Instant invitedAt,
        jakarta.json.JsonObject intentAnswers,
        String categoryCode,
        String title,
        BigDecimal requested,
        String currency,
        jakarta.json.JsonObject answers,
        SubmissionStatus status,
        String receiptNo,
        Instant submittedAt,
        Instant reopenedUntil,
        String screeningNote,
        Instant screenedAt,
        Instant deadlineAt,
        List<EligibilityView> eligibility,
        List<AttachmentView> attachments,
        int revisions,
        boolean editable,
        boolean withdrawable,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public String organizationName(Locale language) {
        return "zh".equals(language.getLanguage()) || organizationNameEn == null || organizationNameEn.isBlank()
                ? organizationNameZh
                : organizationNameEn;
    }

    public String callTitle(Locale language) {
        return "zh".equals(language.getLanguage()) || callTitleEn == null || callTitleEn.isBlank()
                ? callTitleZh
                : callTitleEn;
    }
}
