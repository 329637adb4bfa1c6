package com.bistro92.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Five wrong PINs in a row lock an account for a minute. Kept in memory: a restart unlocks. */
final class Lockouts {

    static final int ATTEMPTS = 5;
    static final Duration LOCK = Duration.ofMinutes(1);

    private record State(int failures, Instant lockedUntil) {
    }

    private final Clock clock;
    private final Map<Integer, State> states = new ConcurrentHashMap<>();

    Lockouts(Clock clock) {
        this.clock = clock;
    }

    Optional<SignIn> refusal(int staffId) {
        State state = states.get(staffId);
        if (state != null && state.lockedUntil() != null && clock.instant().isBefore(state.lockedUntil())) {
            return Optional.of(new SignIn.LockedOut(state.lockedUntil()));
        }
        return Optional.empty();
    }

    SignIn failed(int staffId) {
        State state = states.compute(staffId, (id, s) -> {
            int failures = (s == null || s.lockedUntil() != null ? 0 : s.failures()) + 1;
            return failures >= ATTEMPTS ? new State(0, clock.instant().plus(LOCK)) : new State(failures, null);
        });
        return state.lockedUntil() != null ? new SignIn.LockedOut(state.lockedUntil())
                : new SignIn.WrongPin(ATTEMPTS - state.failures());
    }

    void forget(int staffId) {
        states.remove(staffId);
    }
}
