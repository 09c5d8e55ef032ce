package org.seedbed.organization.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.seedbed.problem.FieldProblem;

class UnifiedSocialCreditCodeTest {

    private static final String FIELD = "creditCode";

    /** The example of GB 32100-2015 itself. */
    private static final String STANDARD_EXAMPLE = "91350100M000100Y43";

    @ParameterizedTest
    @ValueSource(
            strings = {
                STANDARD_EXAMPLE,
                // Published codes of well-known companies, a university and two national foundations.
                "91110000802100433B",
                "91440300708461136T",
                "91330100716105852F",
                "914403001922038216",
                "91110108551385082Q",
                "12100000400009127B",
                "53100000500021676K",
                "53100000500019795A"
            })
    void acceptsPublishedCodes(String code) {
        assertThat(UnifiedSocialCreditCode.problems(FIELD, code, null)).isEmpty();
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "51340111MJB230171K, 1",
        "52340111MJA412686B, 2",
        "53340111MJC320558Q, 3",
        "51320508MJD503217A, 1",
        "52320508MJE709241E, 2",
        "51430102MJF812363W, 1",
        "52430102MJG190471X, 2",
        "51510104MJH265834X, 1",
        // The organization code check character is X here, and 0 in the next one.
        "53510104MJJ40712XP, 3",
        "52330203MJK6319409, 2",
        "51330203MJL058269B, 1",
        "53330203MJM774814D, 3"
    })
    void acceptsSocialOrganizationsOfTheExpectedKind(String code, char kind) {
        assertThat(UnifiedSocialCreditCode.problems(FIELD, code, kind)).isEmpty();
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "51340111MJB230171K",
                "52340111MJA412686B",
                "53340111MJC320558Q",
                "51320508MJD503217A",
                "52320508MJE709241E",
                "51430102MJF812363W",
                "52430102MJG190471X",
                "51510104MJH265834X",
                "53510104MJJ40712XP",
                "52330203MJK6319409",
                "51330203MJL058269B",
                "53330203MJM774814D",
                STANDARD_EXAMPLE,
                "91110000802100433B",
                "12100000400009127B"
            })
    void appendsTheSameCheckCharactersAsTheValidCode(String code) {
        assertThat(UnifiedSocialCreditCode.withCheckCharacters(code.substring(0, 16)))
                .isEqualTo(code);
    }

    @Test
    void acceptsPastedFullWidthLowerCaseCodeWithSpaces() {
        String pasted = " ９１３５０１００ｍ０００１００ｙ４３\u3000";

        assertThat(UnifiedSocialCreditCode.normalize(pasted)).isEqualTo(STANDARD_EXAMPLE);
        assertThat(UnifiedSocialCreditCode.normalize("\t91350100m000100y43 ")).isEqualTo(STANDARD_EXAMPLE);
        assertThat(UnifiedSocialCreditCode.problems(FIELD, pasted, null)).isEmpty();
    }

    @Test
    void normalizeKeepsNull() {
        assertThat(UnifiedSocialCreditCode.normalize(null)).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void reportsAMissingCodeAsLengthZero(String code) {
        assertThat(UnifiedSocialCreditCode.problems(FIELD, code, '1'))
                .containsExactly(FieldProblem.of(FIELD, "uscc.length", 0));
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"91350100M000100Y4, 17", "91350100M000100Y433, 19", "91350100M000 100Y43, 19", "913501007, 9"})
    void reportsTheActualLength(String code, int length) {
        assertThat(UnifiedSocialCreditCode.problems(FIELD, code, null))
                .containsExactly(FieldProblem.of(FIELD, "uscc.length", length));
    }

    @ParameterizedTest
    @CsvSource({
        "91350100M000100O43, 16, O",
        "91350100M000I00Y43, 13, I",
        "91350100M000100Y4Z, 18, Z",
        "S1350100M000100Y43, 1, S",
        "91350100V000100Y43, 9, V",
        "91350100M0001-0Y43, 14, -",
        "91350100M000100Y4码, 18, 码"
    })
    void reportsTheFirstCharacterOutsideTheAlphabet(String code, int position, String character) {
        assertThat(UnifiedSocialCreditCode.problems(FIELD, code, null))
                .containsExactly(FieldProblem.of(FIELD, "uscc.alphabet", position, character));
    }

    @ParameterizedTest
    @ValueSource(strings = {"B1350100M000100Y43", "01350100M000100Y43", "X1350100M000100Y43"})
    void reportsAnUnknownRegistrationAuthority(String code) {
        assertThat(UnifiedSocialCreditCode.problems(FIELD, code, null))
                .containsExactly(FieldProblem.of(FIELD, "uscc.authority", code.substring(0, 1)));
    }

    @ParameterizedTest
    @CsvSource({
        "94350100M000100Y43, 9, 4",
        "99350100M000100Y43, 9, 9",
        "54340111MJB230171K, 5, 4",
        "5A340111MJB230171K, 5, A",
        "Y2350100M000100Y43, Y, 2",
        "22350100M000100Y43, 2, 2",
        "36350100M000100Y43, 3, 6"
    })
    void reportsAKindTheAuthorityDoesNotHave(String code, String authority, String kind) {
        assertThat(UnifiedSocialCreditCode.problems(FIELD, code, null))
                .containsExactly(FieldProblem.of(FIELD, "uscc.kind", authority, kind));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "11", "13", "19", "21", "29", "31", "34", "35", "41", "53", "59", "62", "72", "81", "92", "93", "A1",
                "A9", "N1", "N3", "N9", "Y1"
            })
    void acceptsEveryKindTheStandardLists(String authorityAndKind) {
        String code = UnifiedSocialCreditCode.withCheckCharacters(authorityAndKind + "350100M000100Y");

        assertThat(UnifiedSocialCreditCode.problems(FIELD, code, null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "91990100M000100Y43, 990100",
        "91000000M000100Y43, 000000",
        "91100100M000100Y43, 100100",
        "91AB0100M000100Y43, AB0100",
        "9135010XM000100Y43, 35010X"
    })
    void reportsADivisionOutsideChina(String code, String division) {
        assertThat(UnifiedSocialCreditCode.problems(FIELD, code, null))
                .containsExactly(FieldProblem.of(FIELD, "uscc.division", division));
    }

    @Test
    void reportsTheExpectedOrganizationCodeCheckCharacter() {
        assertThat(UnifiedSocialCreditCode.problems(FIELD, "91350100M000100Y53", null))
                .containsExactly(FieldProblem.of(FIELD, "uscc.orgCodeCheck", "4", "5"));
        assertThat(UnifiedSocialCreditCode.problems(FIELD, "53510104MJJ407120P", null))
                .containsExactly(FieldProblem.of(FIELD, "uscc.orgCodeCheck", "X", "0"));
    }

    @ParameterizedTest
    @CsvSource({
        "91350100M000100Y44, 3, 4",
        "91350100M000100Y4X, 3, X",
        "51340111MJB230171L, K, L",
        "52330203MJK6319400, 9, 0"
    })
    void reportsTheExpectedCheckCharacter(String code, String expected, String actual) {
        assertThat(UnifiedSocialCreditCode.problems(FIELD, code, null))
                .containsExactly(FieldProblem.of(FIELD, "uscc.checkCharacter", expected, actual));
    }

    @ParameterizedTest
    @CsvSource({
        "91350100M000100Y43, 1, 51, 91",
        "52340111MJA412686B, 1, 51, 52",
        "51340111MJB230171K, 3, 53, 51",
        "12100000400009127B, 2, 52, 12"
    })
    void reportsACodeOfAnotherKindOfOrganization(String code, char kind, String expected, String actual) {
        assertThat(UnifiedSocialCreditCode.problems(FIELD, code, kind))
                .containsExactly(FieldProblem.of(FIELD, "uscc.kindMismatch", expected, actual));
    }

    @Test
    void reportsTheKindMismatchTogetherWithTheCheckCharacter() {
        assertThat(UnifiedSocialCreditCode.problems(FIELD, "52340111MJA412686C", '1'))
                .containsExactly(
                        FieldProblem.of(FIELD, "uscc.kindMismatch", "51", "52"),
                        FieldProblem.of(FIELD, "uscc.checkCharacter", "B", "C"));
        assertThat(UnifiedSocialCreditCode.problems(FIELD, "52340111MJA412687B", '3'))
                .containsExactly(
                        FieldProblem.of(FIELD, "uscc.kindMismatch", "53", "52"),
                        FieldProblem.of(FIELD, "uscc.orgCodeCheck", "6", "7"));
    }

    @Test
    void stopsAtTheFirstStructuralProblem() {
        // Wrong authority, division and check character: only the authority is worth saying.
        assertThat(UnifiedSocialCreditCode.problems(FIELD, "B1990100M000100Y44", '1'))
                .extracting(FieldProblem::key)
                .containsExactly("uscc.authority");
        assertThat(UnifiedSocialCreditCode.problems(FIELD, "51990100M000100Y44", '2'))
                .extracting(FieldProblem::key)
                .containsExactly("uscc.division");
    }

    @Test
    void reportsAProblemForTheGivenField() {
        List<FieldProblem> problems = UnifiedSocialCreditCode.problems("organizations[3].code", "x", null);

        assertThat(problems).singleElement().extracting(FieldProblem::field).isEqualTo("organizations[3].code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100I", "91350100m000100Y", "91350100M000100", "91350100M000100Y4"})
    void refusesToCompleteAnythingButSixteenAllowedCharacters(String first16) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.withCheckCharacters(first16))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToCompleteNull() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.withCheckCharacters(null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
