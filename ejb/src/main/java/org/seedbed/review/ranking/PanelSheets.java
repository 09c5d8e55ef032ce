package org.seedbed.review.ranking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The call's sheets as exact points, grouped by candidate and, within a candidate, ordered by reviewer id. The fixed
 * order makes the one inexact sum (of z-scores) independent of the order the sheets were loaded in.
 */
final class PanelSheets {

    private final int[] start;
    private final long[] points;
    private final int[] reviewer;
    private final int[] heaviestScore;
    private final long[] reviewerIds;
    private final ReviewerStatistics reviewers;

    private PanelSheets(
            int[] start,
            long[] points,
            int[] reviewer,
            int[] heaviestScore,
            long[] reviewerIds,
            ReviewerStatistics reviewers) {
        this.start = start;
        this.points = points;
        this.reviewer = reviewer;
        this.heaviestScore = heaviestScore;
        this.reviewerIds = reviewerIds;
        this.reviewers = reviewers;
    }

    /**
     * @throws IllegalArgumentException when two candidates share an id, or a sheet is for a submission that is not a
     *     candidate, does not score exactly the rubric's criteria on their scales, or is a reviewer's second sheet for
     *     the same submission
     */
    static PanelSheets of(RubricScale scale, List<Candidate> candidates, List<Sheet> sheets) {
        Map<Long, Integer> candidateIndex = new HashMap<>();
        for (int c = 0; c < candidates.size(); c++) {
            if (candidateIndex.put(candidates.get(c).submissionId(), c) != null) {
                throw new IllegalArgumentException(
                        "submission " + candidates.get(c).submissionId() + " is a candidate twice");
            }
        }
        int count = sheets.size();
        int[] candidateOf = new int[count];
        long[] pointsOf = new long[count];
        int[] reviewerOf = new int[count];
        int[] heaviestOf = new int[count];
        int[] start = new int[candidates.size() + 1];
        Map<Long, Integer> reviewerIndex = new HashMap<>();
        String heaviestCode = scale.code(scale.heaviest());
        for (int i = 0; i < count; i++) {
            Sheet sheet = sheets.get(i);
            Integer candidate = candidateIndex.get(sheet.submissionId());
            if (candidate == null) {
                throw new IllegalArgumentException("reviewer " + sheet.reviewerId() + " scored submission "
                        + sheet.submissionId() + ", which is not among the candidates");
            }
            try {
                pointsOf[i] = scale.points(sheet.scores());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "the sheet of reviewer " + sheet.reviewerId() + " for submission " + sheet.submissionId() + ": "
                                + e.getMessage(),
                        e);
            }
            candidateOf[i] = candidate;
            heaviestOf[i] = sheet.scores().get(heaviestCode);
            Integer known = reviewerIndex.putIfAbsent(sheet.reviewerId(), reviewerIndex.size());
            reviewerOf[i] = known == null ? reviewerIndex.size() - 1 : known;
            start[candidate + 1]++;
        }
        for (int c = 0; c < candidates.size(); c++) {
            start[c + 1] += start[c];
        }

        long[] reviewerIds = new long[reviewerIndex.size()];
        reviewerIndex.forEach((id, index) -> reviewerIds[index] = id);
        ReviewerStatistics reviewers = new ReviewerStatistics(reviewerIds.length);
        PanelSheets grouped =
                new PanelSheets(start, new long[count], new int[count], new int[count], reviewerIds, reviewers);
        int[] next = start.clone();
        for (int i = 0; i < count; i++) {
            int at = next[candidateOf[i]]++;
            grouped.points[at] = pointsOf[i];
            grouped.reviewer[at] = reviewerOf[i];
            grouped.heaviestScore[at] = heaviestOf[i];
            reviewers.add(reviewerOf[i], pointsOf[i]);
        }
        reviewers.close();
        for (int c = 0; c < candidates.size(); c++) {
            grouped.sortByReviewerId(c, candidates.get(c).submissionId());
        }
        return grouped;
    }

    // A panel has a handful of sheets per submission, so insertion sort is the quickest.
    private void sortByReviewerId(int candidate, long submissionId) {
        int from = start[candidate];
        for (int i = from + 1; i < start[candidate + 1]; i++) {
            long p = points[i];
            int r = reviewer[i];
            int h = heaviestScore[i];
            int j = i - 1;
            while (j >= from && reviewerIds[reviewer[j]] > reviewerIds[r]) {
                points[j + 1] = points[j];
                reviewer[j + 1] = reviewer[j];
                heaviestScore[j + 1] = heaviestScore[j];
                j--;
            }
            if (j >= from && reviewer[j] == r) {
                throw new IllegalArgumentException(
                        "reviewer " + reviewerIds[r] + " submitted more than one sheet for submission " + submissionId);
            }
            points[j + 1] = p;
            reviewer[j + 1] = r;
            heaviestScore[j + 1] = h;
        }
    }

    int sheets(int candidate) {
        return start[candidate + 1] - start[candidate];
    }

    int first(int candidate) {
        return start[candidate];
    }

    long points(int sheet) {
        return points[sheet];
    }

    int heaviestScore(int sheet) {
        return heaviestScore[sheet];
    }

    double z(int sheet) {
        return reviewers.z(reviewer[sheet], points[sheet]);
    }

    ReviewerStatistics reviewers() {
        return reviewers;
    }
}
