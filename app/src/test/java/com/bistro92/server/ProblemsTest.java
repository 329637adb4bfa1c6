package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** Failures the error mapper turns into a client's error rather than a 500. */
class ProblemsTest {

    @Test
    void aValuePastItsColumnThatReachesTheDatabaseIs422() {
        for (String state : new String[] {"22001", "22003"}) {
            Throwable failure = new CompletionException(new DataAccessException("SQL [insert ...]",
                    new SQLException("Value too long for column", state)));
            assertThat(Problems.toProblem(null, failure).status()).as(state).isEqualTo(422);
            assertThat(Problems.toProblem(null, failure).detail()).contains("nothing was saved");
        }
    }

    @Test
    void aUniqueIndexRaceIsStill409() {
        Throwable failure = new DataAccessException("SQL", new SQLException("Unique index", "23505"));
        assertThat(Problems.toProblem(null, failure).status()).isEqualTo(409);
    }
}
