package org.seedbed.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seedbed.problem.FieldProblem;

class PasswordPolicyTest {

    @Test
    void acceptsALongPasswordWithLettersAndDigits() {
        assertThat(PasswordPolicy.problemWith("green-sprout-42", "lin.na", "lin@ngo.test"))
                .isEmpty();
    }

    @Test
    void refusesShortOnlyLettersAndNameBasedPasswords() {
        assertThat(PasswordPolicy.problemWith("abc123", "u", "e@x.test"))
                .map(FieldProblem::key)
                .hasValue("password.tooShort");
        assertThat(PasswordPolicy.problemWith("onlyletters-here", "u", "e@x.test"))
                .map(FieldProblem::key)
                .hasValue("password.lettersAndDigits");
        assertThat(PasswordPolicy.problemWith("lin.na-2026-ok", "lin.na", "e@x.test"))
                .map(FieldProblem::key)
                .hasValue("password.containsName");
    }
}
