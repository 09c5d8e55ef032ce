package org.seedbed.account.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.seedbed.problem.FieldProblem;

/** Shape rules for the fields of an account, reported all at once. */
public final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    // Deliberately simple: the verification mail is the real check of an address.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    /** Names the server or people could mistake for something else. */
    private static final java.util.Set<String> RESERVED =
            java.util.Set.of("anonymous", "system", "platform", "root", "demo", "guest", "null");

    private AccountRules() {}

    public static List<FieldProblem> problemsOf(String username, String email, String displayName) {
        List<FieldProblem> problems = new ArrayList<>();
        if (username == null
                || !USERNAME.matcher(username.toLowerCase(java.util.Locale.ROOT))
                        .matches()) {
            problems.add(FieldProblem.of("username", "account.username.shape"));
        } else if (RESERVED.contains(username.toLowerCase(java.util.Locale.ROOT))) {
            problems.add(FieldProblem.of("username", "account.username.reserved", username));
        }
        if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.add(FieldProblem.of("email", "account.email.shape"));
        }
        if (displayName == null || displayName.isBlank()) {
            problems.add(FieldProblem.of("displayName", "account.displayName.required"));
        } else if (displayName.length() > 100) {
            problems.add(FieldProblem.of("displayName", "field.tooLong", 100));
        }
        return problems;
    }
}
