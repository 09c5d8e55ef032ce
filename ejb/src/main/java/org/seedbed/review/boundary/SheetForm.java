package org.seedbed.review.boundary;

import java.util.Map;
import org.seedbed.review.entity.ScoreSheet;

/** What an expert saves on a score sheet: scores by criterion code, recommendation, comments, the version edited. */
public record SheetForm(
        Map<String, Integer> scores, ScoreSheet.Recommendation recommendation, String comments, Long version) {}
