package org.seedbed.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;

/**
 * A problem the caller can act on; subclasses decide the HTTP status the web layer answers. Use
 * cases roll back and pass it through unwrapped.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class SeedbedProblem extends RuntimeException {

    private final String key;
    private final transient List<Object> args;

    protected SeedbedProblem(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return ProblemMessages.format(locale, key, args.toArray());
    }

    public abstract int status();
}
