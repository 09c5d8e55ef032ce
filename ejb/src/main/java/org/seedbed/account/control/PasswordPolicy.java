package org.seedbed.account.control;

import java.util.Locale;
import java.util.Optional;
import org.seedbed.problem.FieldProblem;

/**
 * What a password must be: 10 to 128 characters, letters and digits, not the username or
 * e-mail. Length matters more than character classes (NIST SP 800-63B), hence the floor of 10.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static Optional<FieldProblem> problemWith(String password, String username, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(FieldProblem.of("password", "password.tooShort", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(FieldProblem.of("password", "password.tooLong", MAX_LENGTH));
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of(FieldProblem.of("password", "password.lettersAndDigits"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if ((username != null && lower.contains(username.toLowerCase(Locale.ROOT)))
                || (email != null && lower.equals(email.toLowerCase(Locale.ROOT)))) {
            return Optional.of(FieldProblem.of("password", "password.containsName"));
        }
        return Optional.empty();
    }
}
