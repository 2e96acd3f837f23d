package org.agora.identity;

import java.time.Instant;

/** The answer to a sign-in attempt. {@code lockedUntil} is set only when the account is locked. */
public record SignInOutcome(Result result, String username, Instant lockedUntil) {

    public enum Result { ACCEPTED, REJECTED, LOCKED }

    static SignInOutcome accepted(String username) {
        return new SignInOutcome(Result.ACCEPTED, username, null);
    }

    static SignInOutcome rejected(String username) {
        return new SignInOutcome(Result.REJECTED, username, null);
    }

    static SignInOutcome locked(String username, Instant until) {
        return new SignInOutcome(Result.LOCKED, username, until);
    }

    public boolean accepted() {
        return result == Result.ACCEPTED;
    }
}
