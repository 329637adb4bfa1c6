package com.bistro92.journal;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens the writer's connection again, once the database it lost is back. */
@FunctionalInterface
public interface Reconnect {

    /** No reconnecting: the database lives in the suite's own process (H2), and is not lost apart from it. */
    Reconnect NEVER = () -> {
        throw new SQLException("The writer's database cannot be reconnected to");
    };

    Connection open() throws SQLException;
}
