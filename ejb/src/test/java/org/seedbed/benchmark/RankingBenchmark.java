package org.seedbed.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.seedbed.review.ranking.Candidate;
import org.seedbed.review.ranking.Criterion;
import org.seedbed.review.ranking.FundingRecommendation;
import org.seedbed.review.ranking.FundingRules;
import org.seedbed.review.ranking.Method;
import org.seedbed.review.ranking.Ranking;
import org.seedbed.review.ranking.RankingResult;
import org.seedbed.review.ranking.ScoringRubric;
import org.seedbed.review.ranking.Sheet;

/**
 * Times ranking a synthetic call (all four aggregation methods, disagreement, rank order) plus the funding
 * recommendation. Arguments, all optional: sheets, sheets per submission, reviewers, seed; by default 100000 4 500 42.
 * The target is one second for 100,000 sheets.
 */
public final class RankingBenchmark {

    private static final System.Logger LOG = System.getLogger(RankingBenchmark.class.getName());

    private static final int WARM_UPS = 5;
    private static final int RUNS = 11;
    private static final List<String> CATEGORIES =
            List.of("elderly", "youth", "disability", "community", "environment");

    private RankingBenchmark() {}

    public static void main(String[] args) {
        int sheetCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perSubmission = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int reviewers = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        if (perSubmission < 1 || reviewers < perSubmission) {
            throw new IllegalArgumentException("need at least one sheet per submission and as many reviewers");
        }
        int submissions = sheetCount / perSubmission;

        ScoringRubric rubric = new ScoringRubric(List.of(
                new Criterion("NEED", 25, 0, 10),
                new Criterion("FEASIBILITY", 20, 0, 10),
                new Criterion("INNOVATION", 15, 1, 5),
                new Criterion("SUSTAINABILITY", 15, 1, 5),
                new Criterion("BUDGET", 15, 0, 10),
                new Criterion("CAPACITY", 10, 1, 5)));
        Random random = new Random(seed);
        List<Candidate> candidates = candidates(submissions, random);
        List<Sheet> sheets = sheets(rubric, submissions, perSubmission, reviewers, random);
        long requested =
                candidates.stream().mapToLong(Candidate::requestedMinor).sum();
        Map<String, Long> categoryBudgets = new HashMap<>();
        for (String category : CATEGORIES.subList(0, 4)) {
            categoryBudgets.put(category, requested / 12);
        }
        FundingRules rules = FundingRules.of(requested / 3, categoryBudgets);

        String outcome = "";
        for (int i = 0; i < WARM_UPS; i++) {
            outcome = run(rubric, candidates, sheets, rules);
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            outcome = run(rubric, candidates, sheets, rules);
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        LOG.log(
                System.Logger.Level.INFO,
                String.format(
                        "ranking: %d score sheets (%d submissions, %d reviewers), all four methods + recommendation:"
                                + " median %d ms, best %d ms (%s)",
                        sheets.size(), submissions, reviewers, millis[RUNS / 2], millis[0], outcome));
    }

    private static String run(
            ScoringRubric rubric, List<Candidate> candidates, List<Sheet> sheets, FundingRules rules) {
        RankingResult ranking = Ranking.rank(rubric, candidates, sheets, Method.TRIMMED_MEAN);
        FundingRecommendation recommendation = FundingRecommendation.recommend(ranking, rules);
        long disagreements = ranking.submissions().stream()
                .filter(s -> s.scores().map(scores -> scores.disagreement()).orElse(false))
                .count();
        return recommendation.recommended().size() + " recommended, " + disagreements + " disagreements";
    }

    private static List<Candidate> candidates(int submissions, Random random) {
        Instant opened = Instant.parse("2025-03-01T00:00:00Z");
        List<Candidate> candidates = new ArrayList<>(submissions);
        for (int s = 0; s < submissions; s++) {
            // 50,000 to 300,000 yuan in whole yuan, as minor units.
            long requested = (50_000 + random.nextInt(250_001)) * 100L;
            candidates.add(new Candidate(
                    s + 1L,
                    CATEGORIES.get(random.nextInt(CATEGORIES.size())),
                    requested,
                    opened.plusSeconds(random.nextInt(30 * 24 * 3600))));
        }
        return candidates;
    }

    private static List<Sheet> sheets(
            ScoringRubric rubric, int submissions, int perSubmission, int reviewers, Random random) {
        double[] leniency = new double[reviewers];
        for (int r = 0; r < reviewers; r++) {
            leniency[r] = random.nextGaussian() * 0.1;
        }
        List<Sheet> sheets = new ArrayList<>(submissions * perSubmission);
        int[] panel = new int[perSubmission];
        for (int s = 0; s < submissions; s++) {
            double quality = 0.6 + random.nextGaussian() * 0.15;
            for (int i = 0; i < perSubmission; i++) {
                panel[i] = distinctReviewer(panel, i, reviewers, random);
                Map<String, Integer> scores = new LinkedHashMap<>();
                for (Criterion criterion : rubric.criteria()) {
                    double share = quality + leniency[panel[i]] + random.nextGaussian() * 0.08;
                    int length = criterion.max() - criterion.min();
                    int score = criterion.min() + (int) Math.round(Math.max(0, Math.min(1, share)) * length);
                    scores.put(criterion.code(), score);
                }
                sheets.add(new Sheet(s + 1L, panel[i] + 1L, scores));
            }
        }
        return sheets;
    }

    private static int distinctReviewer(int[] panel, int taken, int reviewers, Random random) {
        while (true) {
            int candidate = random.nextInt(reviewers);
            boolean free = true;
            for (int i = 0; i < taken && free; i++) {
                free = panel[i] != candidate;
            }
            if (free) {
                return candidate;
            }
        }
    }
}
