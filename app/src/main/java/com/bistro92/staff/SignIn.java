package com.bistro92.staff;

import java.time.Instant;

/** The outcome of a sign-in attempt. */
public sealed interface SignIn {

    /** Signed in; with a one-time PIN, the member must choose their own before anything else. */
    record Accepted(StaffMember member) implements SignIn {
    }

    /** Wrong PIN; {@code attemptsLeft} before the account locks for a minute. */
    record WrongPin(int attemptsLeft) implements SignIn {
    }

    /** Too many wrong PINs: the account is locked until {@code until}. */
    record LockedOut(Instant until) implements SignIn {
    }
}
