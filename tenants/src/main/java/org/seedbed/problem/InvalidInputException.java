package org.seedbed.problem;

import java.util.List;

/** Input that breaks a rule; nothing was changed. Answers 400 (or 422 for well-formed but refused). */
public class InvalidInputException extends SeedbedProblem {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("problem.invalidInput");
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String key, Object... args) {
        return new InvalidInputException(List.of(FieldProblem.of(field, key, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public int status() {
        return 400;
    }
}
