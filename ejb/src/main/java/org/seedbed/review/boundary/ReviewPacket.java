package org.seedbed.review.boundary;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.grant.boundary.CreditSummary;
import org.seedbed.review.control.Rubric;

/**
 * Everything an expert needs to score one application: the answers with the form they answer, the
 * rubric, their sheet, and the applicant's credit record in figures. In blind review the organization's
 * name is withheld.
 */
public record ReviewPacket(
        long assignmentId,
        long callId,
        String callTitleZh,
        String callTitleEn,
        boolean blind,
        long submissionId,
        String title,
        String organizationName,
        String categoryCode,
        BigDecimal requested,
        String currency,
        FormDefinition form,
        JsonObject answers,
        Rubric rubric,
        ScoreSheetView sheet,
        CreditSummary credit) {}
