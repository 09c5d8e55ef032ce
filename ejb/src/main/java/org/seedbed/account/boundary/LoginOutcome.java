package org.seedbed.account.boundary;

import java.util.Optional;

/** The result of checking a username and password. */
public record LoginOutcome(Result result, Optional<Caller> caller) {

    public enum Result {
        SUCCESS,
        INVALID,
        LOCKED,
        NOT_VERIFIED,
        DISABLED
    }

    static LoginOutcome failed(Result result) {
        return new LoginOutcome(result, Optional.empty());
    }

    static LoginOutcome success(Caller caller) {
        return new LoginOutcome(Result.SUCCESS, Optional.of(caller));
    }
}
