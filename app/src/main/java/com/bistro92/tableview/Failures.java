package com.bistro92.tableview;

import com.bistro92.problem.Problem;
import java.util.concurrent.CompletionException;

/** What a refused command says on screen: a {@link Problem}'s own words, or a short generic line. */
final class Failures {

    private Failures() {
    }

    /** The failure itself, out of the {@link CompletionException} a future wraps it in. */
    static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    static String say(Throwable failure) {
        Throwable cause = cause(failure);
        return cause instanceof Problem p ? p.detail() : "That did not work: " + cause.getMessage();
    }
}
