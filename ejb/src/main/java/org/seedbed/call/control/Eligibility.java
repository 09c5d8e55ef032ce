package org.seedbed.call.control;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seedbed.problem.ProblemMessages;

/**
 * Checks an organization against the eligibility rules of a call. Every rule that is switched on gives a
 * result, passed or not, so that the applicant sees the whole list rather than the first obstacle.
 */
public final class Eligibility {

    /**
     * The outcome of one rule, with a message key of the problem bundle that says it in a sentence the
     * applicant reads.
     */
    public record Result(String rule, boolean passed, String key, List<Object> args) {

        public Result {
            args = args == null ? List.of() : List.copyOf(args);
        }

        static Result passed(String rule, String key, Object... args) {
            return new Result(rule, true, key, List.of(args));
        }

        static Result failed(String rule, String key, Object... args) {
            return new Result(rule, false, key, List.of(args));
        }

        public String message(Locale locale) {
            return ProblemMessages.format(locale, key, args.toArray());
        }
    }

    private Eligibility() {}

    /** The results in the order of the rules' record components. */
    public static List<Result> evaluate(EligibilityRules rules, ApplicantFacts facts) {
        List<Result> results = new ArrayList<>();
        if (rules.requireVerified()) {
            results.add(
                    facts.verified()
                            ? Result.passed("verified", "eligibility.verified")
                            : Result.failed("verified", "eligibility.notVerified"));
        }
        if (!rules.kinds().isEmpty()) {
            String kind = facts.kind() == null ? "" : facts.kind();
            results.add(
                    rules.kinds().contains(kind)
                            ? Result.passed("kind", "eligibility.kind", kind)
                            : Result.failed("kind", "eligibility.kindNotAllowed", kind));
        }
        if (rules.minMonthsFounded() != null) {
            results.add(founded(rules.minMonthsFounded(), facts));
        }
        if (rules.servesCallUnit()) {
            results.add(
                    facts.servesWithinCallUnit()
                            ? Result.passed("servesUnit", "eligibility.servesUnit")
                            : Result.failed("servesUnit", "eligibility.notServingUnit"));
        }
        if (rules.notDebarred()) {
            // Debarment lasts to the end of its last day.
            results.add(
                    facts.debarredUntil() == null || facts.debarredUntil().isBefore(facts.today())
                            ? Result.passed("notDebarred", "eligibility.notDebarred")
                            : Result.failed(
                                    "notDebarred",
                                    "eligibility.debarred",
                                    facts.debarredUntil().toString()));
        }
        Integer max = rules.maxSubmissionsPerOrganization();
        if (max != null) {
            results.add(
                    facts.activeSubmissions() < max
                            ? Result.passed("maxSubmissions", "eligibility.submissions", max)
                            : Result.failed("maxSubmissions", "eligibility.tooManySubmissions", max));
        }
        return List.copyOf(results);
    }

    public static boolean allPassed(List<Result> results) {
        return results.stream().allMatch(Result::passed);
    }

    /** Whole months, so an organization founded on 15 March is 12 months old on 15 March of the next year. */
    private static Result founded(int required, ApplicantFacts facts) {
        if (facts.foundedOn() == null) {
            return Result.failed("founded", "eligibility.foundedUnknown", required);
        }
        // A founding date after today (a typo) counts as a new organization, not a negative age.
        int months = (int) Math.max(0, ChronoUnit.MONTHS.between(facts.foundedOn(), facts.today()));
        return months >= required
                ? Result.passed("founded", "eligibility.founded", required, months)
                : Result.failed("founded", "eligibility.tooYoung", required, months);
    }
}
