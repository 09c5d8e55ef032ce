package org.seedbed.problem;

import java.util.List;
import java.util.Locale;

/** One thing wrong with one input field, as a message key plus its arguments. */
public record FieldProblem(String field, String key, List<Object> args) {

    public FieldProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldProblem of(String field, String key, Object... args) {
        return new FieldProblem(field, key, List.of(args));
    }

    public String message(Locale locale) {
        return ProblemMessages.format(locale, key, args.toArray());
    }
}
