package com.bistro92.table;

import static com.bistro92.db.Tables.DISPLAY_CODE;
import static com.bistro92.db.Tables.DISPLAY_DEVICE;

import com.bistro92.journal.IdSeries;
import com.bistro92.journal.Journal;
import com.bistro92.journal.OtherNodes;
import com.bistro92.json.Envelope;
import com.bistro92.json.Wire;
import com.bistro92.problem.Problem;
import com.bistro92.text.CleanText;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pairs displays: a second kitchen screen, or the guests' ready board, on another PC of the LAN.
 * As for a pad, staff make a six-digit code, valid once for {@link Pairing#CODE_LIFETIME}, and the
 * display trades it for a long random token of which only the SHA-256 is stored. A display is bound
 * to no table: it sees every kitchen order and may only do the kitchen's steps. Every change is a
 * command on the journal.
 */
public final class Displays {

    private static final int TOKEN_BYTES = 32;
    private static final Duration SEEN_EVERY = Duration.ofSeconds(30);

    /** A code to show on the staff screen. */
    public record Code(String code, Instant expiresAt) {
    }

    /** What a display receives once, when it pairs. */
    public record Paired(String token, DisplayIdentity display) {
    }

    /** A display not revoked, for the staff screen. */
    public record Listed(int displayId, String name, Instant pairedAt, Instant lastSeenAt) {
    }

    final IdSeries displayIds = IdSeries.of(DISPLAY_DEVICE, DISPLAY_DEVICE.ID);
    final IdSeries codeIds = IdSeries.of(DISPLAY_CODE, DISPLAY_CODE.ID);
    private final Journal journal;
    private final org.jooq.DSLContext reads;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, DisplayIdentity> byTokenHash = new ConcurrentHashMap<>();
    private final Map<Integer, Instant> lastSeen = new ConcurrentHashMap<>();

    public Displays(Journal journal, org.jooq.DSLContext reads, ObjectMapper json, Clock clock, SecureRandom random) {
        this.journal = journal;
        this.reads = reads;
        this.json = json;
        this.clock = clock;
        this.random = random;
        OtherNodes nodes = journal.otherNodes();
        nodes.decode(DisplayEvent.Paired.TYPE, row -> new DisplayEvent.Paired(row.seq(), display(row), row.payload()));
        nodes.decode(DisplayEvent.Revoked.TYPE, row -> {
            DisplayIdentity display = display(row);
            revoked(display);
            return new DisplayEvent.Revoked(row.seq(), display, row.payload());
        });
        nodes.decode(DisplayEvent.CodeIssued.TYPE, row -> new DisplayEvent.CodeIssued(row.seq(), row.payload()));
    }

    private DisplayIdentity display(com.bistro92.journal.LogRow row) {
        return Envelope.read(json, row.payload()).body("display", DisplayIdentity.class);
    }

    /** A new single-use code for a display, made by the member of staff {@code by} (null: the staff token). */
    public CompletableFuture<Code> newCode(Integer by) {
        return journal.submit(new DisplayCommands.IssueCode(by, this));
    }

    /** Exchanges a code for a token; 422 when the code or the name is not valid, or the code was used or expired. */
    public CompletableFuture<Paired> pair(String code, String name) {
        String displayName = name == null || name.isBlank() ? "Display" : CleanText.nfc(name).strip();
        String nameProblem = displayName.length() > 60 ? "must be at most 60 characters"
                : CleanText.problem(displayName, false);
        if (nameProblem != null) {
            return CompletableFuture.failedFuture(Problem.unprocessable("Pairing refused",
                    List.of(new Problem.FieldError("name", nameProblem))));
        }
        if (code == null || !code.strip().matches("\\d{6}")) {
            return CompletableFuture.failedFuture(invalidCode());
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return journal.submit(new DisplayCommands.Pair(code.strip(), displayName, Pairing.hash(token), this))
                .thenApply(display -> new Paired(token, display));
    }

    /** Revokes a display: its token stops working, and its feed is closed, once this completes. */
    public CompletableFuture<DisplayIdentity> revoke(int displayId, Integer by) {
        return journal.submit(new DisplayCommands.Revoke(displayId, by, this));
    }

    /** The display a bearer token belongs to, unless it is unknown or revoked. Notes when it was last seen. */
    public Optional<DisplayIdentity> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = Pairing.hash(token.strip());
        DisplayIdentity known = byTokenHash.get(hash);
        // only known displays are cached: random tokens must not fill the memory
        Optional<DisplayIdentity> display = known != null ? Optional.of(known)
                : reads.select(DISPLAY_DEVICE.ID, DISPLAY_DEVICE.NAME).from(DISPLAY_DEVICE)
                        .where(DISPLAY_DEVICE.TOKEN_HASH.eq(hash).and(DISPLAY_DEVICE.REVOKED.isFalse()))
                        .fetchOptional(r -> new DisplayIdentity(r.value1(), r.value2()));
        display.ifPresent(d -> {
            byTokenHash.put(hash, d);
            seen(d);
        });
        return display;
    }

    /** Every display not revoked, oldest first. */
    public List<Listed> displays() {
        return reads.select(DISPLAY_DEVICE.ID, DISPLAY_DEVICE.NAME, DISPLAY_DEVICE.PAIRED_AT,
                        DISPLAY_DEVICE.LAST_SEEN_AT)
                .from(DISPLAY_DEVICE).where(DISPLAY_DEVICE.REVOKED.isFalse()).orderBy(DISPLAY_DEVICE.ID)
                .fetch(r -> new Listed(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private void seen(DisplayIdentity display) {
        Instant now = clock.instant();
        Instant before = lastSeen.get(display.displayId());
        if (before == null || Duration.between(before, now).compareTo(SEEN_EVERY) >= 0) {
            lastSeen.put(display.displayId(), now);
            journal.submit(new DisplayCommands.Seen(display.displayId()));
        }
    }

    // ---- for the commands, on the writer thread

    void revoked(DisplayIdentity display) {
        byTokenHash.values().removeIf(d -> d.displayId() == display.displayId());
    }

    SecureRandom random() {
        return random;
    }

    byte[] wire(Object value) {
        return Wire.bytes(json, value);
    }

    static Problem invalidCode() {
        return Problem.unprocessable("Pairing refused", List.of(new Problem.FieldError("code",
                "is not a valid display pairing code, or it was used or has expired; make a new one on the main PC")));
    }

    @Override
    public String toString() {
        return "displays";
    }
}
