package org.seedbed.review.ranking;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weighted criteria of a call, as ranking needs them. A sheet's total is on a 0..100 scale: the sum over criteria
 * of weight × (score − min) / (max − min), divided by the sum of the weights, times 100.
 *
 * <p>Named apart from {@code org.seedbed.review.control.Rubric}, the rubric officers edit (with names and guidance in
 * both languages), so that the boundary mapping one onto the other reads without qualified names.
 *
 * <p>Totals are counted exactly, in whole points of a unit common to all the criteria's scales. A rubric whose scales
 * need a unit finer than a millionth of a full sheet is refused; rubrics with the usual scales (0..10, 1..5, 0..100, or
 * each criterion scored out of its weight) need a few hundred points at most.
 */
public record ScoringRubric(List<Criterion> criteria) {

    public ScoringRubric {
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("a rubric needs at least one criterion");
        }
        Set<String> codes = new HashSet<>();
        for (Criterion criterion : criteria) {
            if (!codes.add(criterion.code())) {
                throw new IllegalArgumentException("criterion " + criterion.code() + " appears twice in the rubric");
            }
        }
        // Refuses, at construction, scales too fine to be ranked exactly rather than when the panel has finished.
        new RubricScale(criteria);
    }

    public int totalWeight() {
        return criteria.stream().mapToInt(Criterion::weight).sum();
    }

    /**
     * The criterion with the largest weight, the first of them in rubric order when several share it. Submissions with
     * equal aggregates are ordered by their mean score on it.
     */
    public Criterion heaviest() {
        return criteria.get(scale().heaviest());
    }

    /**
     * The total of one sheet on the 0..100 scale, not rounded.
     *
     * @throws IllegalArgumentException when a criterion has no score, a score is off its criterion's scale, or a score
     *     names a criterion the rubric does not have
     */
    public double total(Map<String, Integer> scores) {
        RubricScale scale = scale();
        return scale.onHundredScale(scale.points(scores), 1);
    }

    RubricScale scale() {
        return new RubricScale(criteria);
    }
}
