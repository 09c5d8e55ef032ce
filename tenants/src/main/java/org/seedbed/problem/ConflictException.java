package org.seedbed.problem;

/** The change conflicts with the current state (a duplicate, a concurrent edit, a wrong state). */
public class ConflictException extends SeedbedProblem {

    public ConflictException(String key, Object... args) {
        super(key, args);
    }

    @Override
    public int status() {
        return 409;
    }
}
