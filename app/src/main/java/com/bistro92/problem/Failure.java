package com.bistro92.problem;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What a failed command's future failed with: the {@link Problem} (or other exception) itself, out
 * of the {@link CompletionException} or {@link ExecutionException} that a future wraps it in. Every
 * screen that reports a refused command unwraps it here, the one way.
 */
public final class Failure {

    private Failure() {
    }

    /** The failure itself, unwrapped from every future's wrapper; null when {@code failure} is null. */
    public static Throwable cause(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The {@link Problem} that refused the command, if a problem is what it failed with. */
    public static Optional<Problem> problem(Throwable failure) {
        return cause(failure) instanceof Problem p ? Optional.of(p) : Optional.empty();
    }

    /** What a screen says when a command failed in a way nobody planned for. */
    public static final String UNEXPECTED = "That did not work; try again";

    /**
     * What to tell the user of a failed command: the problem's own words; anything unexpected is
     * written to {@code log} as {@code what} failed, with its stack, and the user is asked to try again.
     */
    public static String explain(Throwable failure, org.slf4j.Logger log, String what) {
        Throwable cause = cause(failure);
        if (cause instanceof Problem p) {
            return p.detail();
        }
        log.error("{} failed", what, cause);
        return UNEXPECTED;
    }

    /** What to tell the user: the problem's own words, or {@code otherwise} for anything unexpected. */
    public static String say(Throwable failure, String otherwise) {
        return problem(failure).map(Problem::detail).orElse(otherwise);
    }
}
