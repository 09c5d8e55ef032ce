package org.seedbed.submission.boundary;

import java.time.Instant;
import java.util.List;
import org.seedbed.call.form.AnswerDiff;

/** A submitted revision and what changed since the previous one. */
public record RevisionView(
        int number, String title, String submittedBy, Instant submittedAt, List<AnswerDiff.Change> changes) {}
