package org.seedbed.problem;

/**
 * Nothing by that id in the caller's city. Also the answer for things that exist in another
 * city: a caller never learns that another city has it.
 */
public class NotFoundException extends SeedbedProblem {

    public NotFoundException(String what, Object id) {
        super("problem.notFound", what, String.valueOf(id));
    }

    @Override
    public int status() {
        return 404;
    }
}
