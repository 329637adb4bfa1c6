package com.bistro92.table;

import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.PAD;
import static com.bistro92.db.Tables.PAIRING_CODE;

import com.bistro92.journal.IdSeries;
import com.bistro92.journal.Journal;
import com.bistro92.journal.OtherNodes;
import com.bistro92.json.Envelope;
import com.bistro92.json.Wire;
import com.bistro92.problem.Problem;
import com.bistro92.text.CleanText;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Record4;

/**
 * Pairs pads with tables. Staff create a six-digit code for a table, valid once for
 * {@link #CODE_LIFETIME}; a pad exchanges it for a long random device token. Only the token's
 * SHA-256 is stored. The token then identifies the pad, bound to its table, until revoked.
 * Every change (a code issued, a pad paired or revoked, a pad seen) is a command on the journal.
 */
public final class Pairing {

    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    private static final int TOKEN_BYTES = 32;
    private static final Duration SEEN_EVERY = Duration.ofSeconds(30);

    /** A code to show on the staff screen. */
    public record Code(String code, int tableId, String table, Instant expiresAt) {
    }

    /** What a pad receives once, when it pairs. */
    public record Paired(String token, PadIdentity pad) {
    }

    final IdSeries padIds = IdSeries.of(PAD, PAD.ID);
    final IdSeries codeIds = IdSeries.of(PAIRING_CODE, PAIRING_CODE.ID);
    private final Journal journal;
    private final DSLContext reads;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, PadIdentity> byTokenHash = new ConcurrentHashMap<>();
    private final Map<Integer, Instant> lastSeen = new ConcurrentHashMap<>();
    private final Set<Integer> online = ConcurrentHashMap.newKeySet();

    public Pairing(Journal journal, DSLContext reads, ObjectMapper json, Clock clock, SecureRandom random) {
        this.journal = journal;
        this.reads = reads;
        this.json = json;
        this.clock = clock;
        this.random = random;
        OtherNodes nodes = journal.otherNodes();
        nodes.decode(TableEvent.PadPaired.TYPE, row -> new TableEvent.PadPaired(row.seq(), pad(row), row.createdAt(),
                row.payload()));
        nodes.decode(TableEvent.PadRevoked.TYPE, row -> {
            PadIdentity pad = pad(row);
            revoked(pad);
            return new TableEvent.PadRevoked(row.seq(), pad, row.payload());
        });
        nodes.decode(TableEvent.CodeIssued.TYPE, row -> {
            var code = Envelope.read(json, row.payload()).body("code", PairingCommands.CodeNotice.class);
            return new TableEvent.CodeIssued(row.seq(), code.tableId(), code.expiresAt(), row.payload());
        });
    }

    private PadIdentity pad(com.bistro92.journal.LogRow row) {
        return Envelope.read(json, row.payload()).body("pad", PadIdentity.class);
    }

    /** A new single-use code for the table; 404 for an unknown table. */
    public CompletableFuture<Code> newCode(int tableId) {
        return newCode(tableId, null);
    }

    /** As above, for the member of staff {@code by}. */
    public CompletableFuture<Code> newCode(int tableId, Integer by) {
        return journal.submit(new PairingCommands.IssueCode(tableId, by, this));
    }

    /** Exchanges a code for a device token; fails with 422 when the code is unknown, used or expired. */
    public CompletableFuture<Paired> pair(String code, String name) {
        String padName = name == null || name.isBlank() ? "Pad" : CleanText.nfc(name).strip();
        String nameProblem = padName.length() > 60 ? "must be at most 60 characters" : CleanText.problem(padName, false);
        if (nameProblem != null) {
            return CompletableFuture.failedFuture(Problem.unprocessable("Pairing refused",
                    List.of(new Problem.FieldError("name", nameProblem))));
        }
        if (code == null || !code.strip().matches("\\d{6}")) {
            return CompletableFuture.failedFuture(invalidCode());
        }
        String token = newToken();
        return journal.submit(new PairingCommands.Pair(code.strip(), padName, hash(token), this))
                .thenApply(pad -> new Paired(token, pad));
    }

    /** Revokes a pad: its token stops working, and its connections are closed, once this completes. */
    public CompletableFuture<PadIdentity> revoke(int padId) {
        return revoke(padId, null);
    }

    /** As above, by the member of staff {@code by}. */
    public CompletableFuture<PadIdentity> revoke(int padId, Integer by) {
        return journal.submit(new PairingCommands.Revoke(padId, by, this));
    }

    /** A pad opened (true) or closed (false) its last live connection. */
    public void connection(PadIdentity pad, boolean open) {
        journal.submit(new PairingCommands.Presence(pad, open, this));
    }

    /** Pairing is paused until {@code until} after {@code wrongCodes} wrong codes; the staff screens hear it. */
    public void pause(Instant until, int wrongCodes) {
        journal.submit(new PairingCommands.Pause(new PairingPaused(until, wrongCodes)));
    }

    /** How many pads hold a live connection now. */
    public int onlineCount() {
        return online.size();
    }

    /** Whether the pad holds a live connection now. */
    public boolean isOnline(int padId) {
        return online.contains(padId);
    }

    /** The pad a bearer token belongs to, unless it is unknown or revoked. Notes when the pad was last seen. */
    public Optional<PadIdentity> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = hash(token.strip());
        PadIdentity known = byTokenHash.get(hash);
        // only known pads are cached: random tokens must not fill the memory
        Optional<PadIdentity> pad = known != null ? Optional.of(known) : lookUp(hash);
        pad.ifPresent(p -> {
            byTokenHash.put(hash, p);
            seen(p);
        });
        return pad;
    }

    /** Every pad not revoked, for the staff screen. */
    public List<PadIdentity> pads() {
        return reads.select(PAD.ID, PAD.NAME, PAD.TABLE_ID, DINING_TABLE.LABEL).from(PAD)
                .join(DINING_TABLE).on(DINING_TABLE.ID.eq(PAD.TABLE_ID))
                .where(PAD.REVOKED.isFalse()).orderBy(PAD.TABLE_ID, PAD.ID)
                .fetch(Pairing::identity);
    }

    private Optional<PadIdentity> lookUp(String hash) {
        return reads.select(PAD.ID, PAD.NAME, PAD.TABLE_ID, DINING_TABLE.LABEL).from(PAD)
                .join(DINING_TABLE).on(DINING_TABLE.ID.eq(PAD.TABLE_ID))
                .where(PAD.TOKEN_HASH.eq(hash).and(PAD.REVOKED.isFalse()))
                .fetchOptional(Pairing::identity);
    }

    private void seen(PadIdentity pad) {
        Instant now = clock.instant();
        Instant before = lastSeen.get(pad.padId());
        if (before == null || Duration.between(before, now).compareTo(SEEN_EVERY) >= 0) {
            lastSeen.put(pad.padId(), now);
            journal.submit(new PairingCommands.Seen(pad, this));
        }
    }

    // ---- for the commands, on the writer thread after their commit

    void revoked(PadIdentity pad) {
        byTokenHash.values().removeIf(p -> p.padId() == pad.padId());
        online.remove(pad.padId());
    }

    void presence(int padId, boolean isOnline) {
        if (isOnline) {
            online.add(padId);
        } else {
            online.remove(padId);
        }
    }

    SecureRandom random() {
        return random;
    }

    byte[] wire(Object value) {
        return Wire.bytes(json, value);
    }

    static PadIdentity identity(Record4<Integer, String, Integer, String> r) {
        return new PadIdentity(r.value1(), r.value2(), r.value3(), r.value4());
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static Problem invalidCode() {
        return Problem.unprocessable("Pairing refused", List.of(new Problem.FieldError("code",
                "is not a valid pairing code, or it was used or has expired; ask staff for a new one")));
    }

    @Override
    public String toString() {
        return "pairing";
    }
}
