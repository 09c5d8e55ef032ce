package org.seedbed.submission.boundary;

import java.time.Instant;
import java.util.List;
import org.seedbed.call.form.AnswerDiff;

/** A submitted revision (a letter of intent or a proposal) and what changed since the previous one of its stage. */
public record RevisionView(
        int number,
        String title,
        String submittedBy,
        Instant submittedAt,
        org.seedbed.call.entity.ApplicationStage stage,
        List<AnswerDiff.Change> changes) {}
