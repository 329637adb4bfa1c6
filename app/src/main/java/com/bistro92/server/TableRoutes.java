package com.bistro92.server;

import com.bistro92.table.TableSessions;

/**
 * Table sessions, staff only: {@code POST /api/v1/tables/{id}/session} with {@code {"guests": 4}}
 * (optional; 2 without a body) seats a party and answers 201 with its session;
 * {@code DELETE /api/v1/tables/{id}/session} closes the table.
 */
final class TableRoutes {

    record SeatBody(Integer guests) {
    }

    private final TableSessions sessions;

    TableRoutes(TableSessions sessions) {
        this.sessions = sessions;
    }

    void register(Router router) {
        router.post("/api/v1/tables/{id}/session", Access.STAFF, this::seat)
                .delete("/api/v1/tables/{id}/session", Access.STAFF, this::close);
    }

    private void seat(Exchange ex) {
        int table = ex.intParam(PathParam.TABLE);
        Integer guests = ex.header("Content-Type") == null ? null : ex.body(SeatBody.class).guests();
        ex.whenDone(sessions.seat(table, guests == null ? 2 : guests), session -> ex.json(201, session));
    }

    private void close(Exchange ex) {
        ex.whenDone(sessions.close(ex.intParam(PathParam.TABLE)), session -> ex.json(200, session));
    }
}
