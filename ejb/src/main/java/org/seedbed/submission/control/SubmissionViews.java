package org.seedbed.submission.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.call.control.Eligibility;
import org.seedbed.call.entity.ApplicationStage;
import org.seedbed.money.Money;
import org.seedbed.submission.boundary.AttachmentView;
import org.seedbed.submission.boundary.EligibilityView;
import org.seedbed.submission.boundary.SubmissionView;
import org.seedbed.submission.entity.Submission;
import org.seedbed.submission.entity.SubmissionAttachment;

/** Assembles submission views and keeps eligibility results as JSON on the submission. */
public final class SubmissionViews {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type RESULTS =
            new ArrayList<EligibilityView>() {}.getClass().getGenericSuperclass();

    private SubmissionViews() {}

    public static SubmissionView of(
            Submission s, List<SubmissionAttachment> attachments, boolean mayEdit, Instant now) {
        return new SubmissionView(
                s.id(),
                s.call().id(),
                s.call().titleZh(),
                s.call().titleEn(),
                s.organization().id(),
                s.organization().nameZh(),
                s.organization().nameEn(),
                s.organization().orgUnit().id(),
                s.formVersion().number(),
                s.stage(),
                s.invitedAt(),
                s.intentAnswers() == null ? null : answers(s.intentAnswers()),
                s.categoryCode(),
                s.title(),
                s.requestedMinor() == null
                        ? null
                        : Money.ofMinor(s.requestedMinor(), s.call().currency()).major(),
                s.call().currency(),
                answers(s.answers()),
                s.status(),
                s.receiptNo(),
                s.submittedAt(),
                s.reopenedUntil(),
                s.screeningNote(),
                s.screenedAt(),
                s.stage() == ApplicationStage.INTENT
                        ? s.call().intentDeadlineAt()
                        : s.call().deadlineAt(),
                eligibility(s.eligibility()),
                attachments.stream()
                        .map(a -> new AttachmentView(
                                a.id(),
                                a.questionKey(),
                                a.fileName(),
                                a.contentType(),
                                a.sizeBytes(),
                                a.uploadedBy(),
                                a.uploadedAt()))
                        .toList(),
                s.revisions().size(),
                mayEdit && s.editableAt(now),
                mayEdit && s.withdrawableAt(now),
                s.updatedBy(),
                s.updatedAt(),
                s.version());
    }

    public static List<EligibilityView> views(List<Eligibility.Result> results) {
        return results.stream()
                .map(r -> new EligibilityView(r.rule(), r.passed(), r.key(), r.args()))
                .toList();
    }

    public static String toJson(List<Eligibility.Result> results) {
        return JSON.toJson(views(results));
    }

    public static List<EligibilityView> eligibility(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<EligibilityView> read = JSON.fromJson(json, RESULTS);
        return read.stream()
                .map(e -> new EligibilityView(e.rule(), e.passed(), e.key(), e.args() == null ? List.of() : e.args()))
                .toList();
    }

    public static JsonObject answers(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json == null || json.isBlank() ? "{}" : json))) {
            return reader.readObject();
        }
    }
}
