package org.seedbed.call.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);

    /** A verified social service agency of five years serving the district, with no other application. */
    private static ApplicantFacts ideal() {
        return new ApplicantFacts(true, "SOCIAL_SERVICE_AGENCY", LocalDate.of(2020, 1, 10), true, null, 0, TODAY);
    }

    private static ApplicantFacts foundedOn(LocalDate foundedOn) {
        return new ApplicantFacts(true, "SOCIAL_GROUP", foundedOn, true, null, 0, TODAY);
    }

    private static ApplicantFacts debarredUntil(LocalDate until) {
        return new ApplicantFacts(true, "SOCIAL_GROUP", LocalDate.of(2020, 1, 10), true, until, 0, TODAY);
    }

    private static ApplicantFacts withSubmissions(int active) {
        return new ApplicantFacts(true, "SOCIAL_GROUP", LocalDate.of(2020, 1, 10), true, null, active, TODAY);
    }

    private static Eligibility.Result only(EligibilityRules rules, ApplicantFacts facts) {
        List<Eligibility.Result> results = Eligibility.evaluate(rules, facts);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static EligibilityRules onlyFounded(int months) {
        return new EligibilityRules(false, Set.of(), months, false, false, null);
    }

    @Test
    void theDefaultRulesGiveOneResultPerRuleInOrder() {
        List<Eligibility.Result> results = Eligibility.evaluate(EligibilityRules.defaults(), ideal());

        assertThat(results)
                .extracting(Eligibility.Result::rule, Eligibility.Result::passed, Eligibility.Result::key)
                .containsExactly(
                        tuple("verified", true, "eligibility.verified"),
                        tuple("founded", true, "eligibility.founded"),
                        tuple("servesUnit", true, "eligibility.servesUnit"),
                        tuple("notDebarred", true, "eligibility.notDebarred"),
                        tuple("maxSubmissions", true, "eligibility.submissions"));
        assertThat(Eligibility.allPassed(results)).isTrue();
    }

    @Test
    void reportsEveryFailedRuleNotOnlyTheFirst() {
        ApplicantFacts poor =
                new ApplicantFacts(false, "COMMUNITY_FILED", TODAY.minusMonths(3), false, TODAY.plusYears(1), 1, TODAY);
        EligibilityRules rules = new EligibilityRules(true, Set.of("SOCIAL_GROUP", "FOUNDATION"), 12, true, true, 1);

        List<Eligibility.Result> results = Eligibility.evaluate(rules, poor);

        assertThat(results)
                .extracting(Eligibility.Result::rule, Eligibility.Result::passed, Eligibility.Result::key)
                .containsExactly(
                        tuple("verified", false, "eligibility.notVerified"),
                        tuple("kind", false, "eligibility.kindNotAllowed"),
                        tuple("founded", false, "eligibility.tooYoung"),
                        tuple("servesUnit", false, "eligibility.notServingUnit"),
                        tuple("notDebarred", false, "eligibility.debarred"),
                        tuple("maxSubmissions", false, "eligibility.tooManySubmissions"));
        assertThat(Eligibility.allPassed(results)).isFalse();
    }

    @Test
    void rulesThatAreSwitchedOffGiveNoResult() {
        EligibilityRules none = new EligibilityRules(false, null, null, false, false, null);
        ApplicantFacts anyone = new ApplicantFacts(false, null, null, false, TODAY, 7, TODAY);

        assertThat(Eligibility.evaluate(none, anyone)).isEmpty();
        assertThat(Eligibility.allPassed(Eligibility.evaluate(none, anyone))).isTrue();
    }

    @Test
    void verification() {
        EligibilityRules rules = new EligibilityRules(true, Set.of(), null, false, false, null);
        ApplicantFacts unverified = new ApplicantFacts(false, "SOCIAL_GROUP", null, true, null, 0, TODAY);

        assertThat(only(rules, ideal()).passed()).isTrue();
        assertThat(only(rules, unverified))
                .isEqualTo(new Eligibility.Result("verified", false, "eligibility.notVerified", List.of()));
    }

    @Test
    void onlyTheListedKindsMayApply() {
        EligibilityRules rules = new EligibilityRules(false, Set.of("SOCIAL_SERVICE_AGENCY"), null, false, false, null);
        ApplicantFacts group = foundedOn(LocalDate.of(2020, 1, 1));
        ApplicantFacts unknown = new ApplicantFacts(true, null, null, true, null, 0, TODAY);

        assertThat(only(rules, ideal()))
                .isEqualTo(new Eligibility.Result("kind", true, "eligibility.kind", List.of("SOCIAL_SERVICE_AGENCY")));
        assertThat(only(rules, group))
                .isEqualTo(
                        new Eligibility.Result("kind", false, "eligibility.kindNotAllowed", List.of("SOCIAL_GROUP")));
        assertThat(only(rules, unknown).passed()).isFalse();
    }

    @Test
    void anOrganizationIsOldEnoughOnTheDayItCompletesTheMonths() {
        Eligibility.Result oneDayShort = only(onlyFounded(12), foundedOn(LocalDate.of(2024, 3, 16)));
        Eligibility.Result onTheDay = only(onlyFounded(12), foundedOn(LocalDate.of(2024, 3, 15)));

        assertThat(oneDayShort)
                .isEqualTo(new Eligibility.Result("founded", false, "eligibility.tooYoung", List.of(12, 11)));
        assertThat(onTheDay).isEqualTo(new Eligibility.Result("founded", true, "eligibility.founded", List.of(12, 12)));
    }

    @Test
    void countsWholeMonthsAcrossMonthEnds() {
        LocalDate today = LocalDate.of(2025, 2, 28);
        ApplicantFacts endOfJanuary =
                new ApplicantFacts(true, "SOCIAL_GROUP", LocalDate.of(2024, 1, 31), true, null, 0, today);
        ApplicantFacts endOfFebruary =
                new ApplicantFacts(true, "SOCIAL_GROUP", LocalDate.of(2024, 2, 29), true, null, 0, today);

        assertThat(only(onlyFounded(13), endOfJanuary).args()).containsExactly(13, 12);
        assertThat(only(onlyFounded(12), endOfFebruary).passed()).isFalse();
        assertThat(only(onlyFounded(11), endOfFebruary).args()).containsExactly(11, 11);
    }

    @Test
    void anUnknownFoundingDateFails() {
        assertThat(only(onlyFounded(6), foundedOn(null)))
                .isEqualTo(new Eligibility.Result("founded", false, "eligibility.foundedUnknown", List.of(6)));
    }

    @Test
    void aFoundingDateInTheFutureCountsAsNoMonths() {
        assertThat(only(onlyFounded(1), foundedOn(TODAY.plusMonths(5))).args()).containsExactly(1, 0);
        assertThat(only(onlyFounded(0), foundedOn(TODAY)).passed()).isTrue();
    }

    @Test
    void theCallsAreaMustBeServed() {
        EligibilityRules rules = new EligibilityRules(false, Set.of(), null, true, false, null);
        ApplicantFacts elsewhere = new ApplicantFacts(true, "SOCIAL_GROUP", null, false, null, 0, TODAY);

        assertThat(only(rules, ideal()).key()).isEqualTo("eligibility.servesUnit");
        assertThat(only(rules, elsewhere))
                .isEqualTo(new Eligibility.Result("servesUnit", false, "eligibility.notServingUnit", List.of()));
    }

    @Test
    void aDebarmentLastsToTheEndOfItsLastDay() {
        EligibilityRules rules = new EligibilityRules(false, Set.of(), null, false, true, null);

        assertThat(only(rules, debarredUntil(TODAY)))
                .isEqualTo(new Eligibility.Result("notDebarred", false, "eligibility.debarred", List.of("2025-03-15")));
        assertThat(only(rules, debarredUntil(TODAY.minusDays(1))))
                .isEqualTo(new Eligibility.Result("notDebarred", true, "eligibility.notDebarred", List.of()));
        assertThat(only(rules, debarredUntil(null)).passed()).isTrue();
    }

    @Test
    void otherApplicationsCountAgainstTheMaximum() {
        EligibilityRules two = new EligibilityRules(false, Set.of(), null, false, false, 2);

        assertThat(only(two, withSubmissions(1)))
                .isEqualTo(new Eligibility.Result("maxSubmissions", true, "eligibility.submissions", List.of(2)));
        assertThat(only(two, withSubmissions(2)))
                .isEqualTo(
                        new Eligibility.Result("maxSubmissions", false, "eligibility.tooManySubmissions", List.of(2)));
        assertThat(Eligibility.evaluate(EligibilityRules.defaults(), withSubmissions(1)))
                .last()
                .isEqualTo(
                        new Eligibility.Result("maxSubmissions", false, "eligibility.tooManySubmissions", List.of(1)));
    }

    @Test
    void theRulesSurviveAJsonRoundTrip() {
        EligibilityRules rules = new EligibilityRules(false, Set.of("SOCIAL_GROUP", "FOUNDATION"), 24, true, false, 3);

        String json = rules.toJson();

        assertThat(EligibilityRules.fromJson(json)).isEqualTo(rules);
        assertThat(json).contains("\"kinds\":[\"FOUNDATION\",\"SOCIAL_GROUP\"]");
        assertThat(EligibilityRules.fromJson(EligibilityRules.defaults().toJson()))
                .isEqualTo(EligibilityRules.defaults());
    }

    @Test
    void noStoredRulesMeanTheDefaults() {
        assertThat(EligibilityRules.fromJson(null)).isEqualTo(EligibilityRules.defaults());
        assertThat(EligibilityRules.fromJson("")).isEqualTo(EligibilityRules.defaults());
        assertThat(EligibilityRules.defaults()).isEqualTo(new EligibilityRules(true, Set.of(), 12, true, true, 1));
    }

    @Test
    void everyResultReadsAsASentenceInBothLanguages() {
        EligibilityRules all = new EligibilityRules(true, Set.of("SOCIAL_GROUP"), 12, true, true, 1);
        List<Eligibility.Result> results = new ArrayList<>(Eligibility.evaluate(all, withSubmissions(0)));
        results.addAll(Eligibility.evaluate(
                all, new ApplicantFacts(false, "FOUNDATION", TODAY.minusMonths(2), false, TODAY, 1, TODAY)));
        results.addAll(Eligibility.evaluate(onlyFounded(12), foundedOn(null)));

        assertThat(results)
                .extracting(Eligibility.Result::key)
                .doesNotHaveDuplicates()
                .hasSize(13);
        for (Eligibility.Result result : results) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                String message = result.message(locale);
                assertThat(message).as(result + " in " + locale).isNotEqualTo(result.key());
                assertThat(message)
                        .as(result + " in " + locale)
                        .doesNotContain("{")
                        .doesNotContain("'");
            }
        }
        assertThat(results.get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isNotEqualTo(results.get(0).message(Locale.ENGLISH));
    }
}
