package com.bistro92.table;

import com.bistro92.journal.Command;
import com.bistro92.journal.Journal;
import com.bistro92.journal.Tx;
import com.bistro92.problem.Problem;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The party opens its table with a phone, as the seed asks: while a table has no party, its pads
 * show a QR code of a one-time link that changes every {@link #LIFE}; a phone that opens it may
 * start the table's session with one tap. A code is good for one use, and worth nothing once used
 * or a minute old, so a photo of it, or a link passed on, opens nothing later. Whether guests may
 * open tables this way is a setting; staff seating in Tables & Pads works either way.
 *
 * <p>The codes live in memory only (a restart makes new ones), one per table: every pad at a
 * table shows the same code. Opening is a journal command ({@link OpenByGuests}) whose event is the
 * table's {@code table_seated}.
 */
public final class TableOpening {

    /** How long a code is good for. */
    public static final Duration LIFE = Duration.ofMinutes(1);

    /** A table's current code: its token (in the link), the table, and when it stops being good. */
    public record Code(String token, int tableId, String table, Instant expiresAt) {
    }

    private final Journal journal;
    private final TableSessions sessions;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<Integer, Code> byTable = new HashMap<>();
    private final Map<String, Code> byToken = new HashMap<>();

    public TableOpening(Journal journal, TableSessions sessions, Clock clock, SecureRandom random) {
        this.journal = journal;
        this.sessions = sessions;
        this.clock = clock;
        this.random = random;
    }

    /** The code of table {@code tableId} ({@code table}) now: the one shown, or a new one when that one was used or is past its minute. */
    public synchronized Code current(int tableId, String table) {
        Instant now = clock.instant();
        Code code = byTable.get(tableId);
        if (code == null || !now.isBefore(code.expiresAt()) || !byToken.containsKey(code.token())) {
            prune(now);
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            code = new Code(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), tableId, table,
                    now.plus(LIFE));
            byTable.put(tableId, code);
            byToken.put(code.token(), code);
        }
        return code;
    }

    /** The table a code opens, if it is still good; uses nothing. */
    public synchronized Optional<Code> peek(String token) {
        Code code = byToken.get(token);
        return code != null && clock.instant().isBefore(code.expiresAt()) ? Optional.of(code) : Optional.empty();
    }

    /**
     * Uses {@code token} and seats a party of {@code guests} at its table.
     *
     * @return fails with 410 for a code that is unknown, used or past its minute (and uses nothing),
     *         422 for a number of guests outside 1–99, 409 when the table has a party already
     */
    public CompletableFuture<TableSessions.Session> open(String token, int guests) {
        if (guests < 1 || guests > 99) {
            return CompletableFuture.failedFuture(Problem.unprocessable("Cannot open the table",
                    List.of(new Problem.FieldError("guests", "must be between 1 and 99"))));
        }
        Code code;
        synchronized (this) {
            code = peek(token).orElse(null);
            if (code == null) {
                return CompletableFuture.failedFuture(new Problem(410, "Code no longer good",
                        "This code has been used or is more than a minute old. Scan the code on the table's pad again."));
            }
            byToken.remove(token);
        }
        return journal.submit(new OpenByGuests(code.tableId(), guests, sessions));
    }

    private void prune(Instant now) {
        byToken.values().removeIf(c -> !now.isBefore(c.expiresAt()));
    }

    /** The party at the table opens its session: seated as staff would seat it, by nobody on the staff. */
    record OpenByGuests(int tableId, int guests, TableSessions sessions) implements Command<TableSessions.Session> {
        @Override
        public TableSessions.Session apply(Tx tx) {
            return sessions.seat(tx, tableId, guests, null);
        }
    }
}
