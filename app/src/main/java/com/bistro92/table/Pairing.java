package com.bistro92.table;

import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.PAD;
import static com.bistro92.db.Tables.PAIRING_CODE;

import com.bistro92.problem.Problem;
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
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Record4;

/**
 * Pairs pads with tables. Staff create a six-digit code for a table, valid once for
 * {@link #CODE_LIFETIME}; a pad exchanges it for a long random device token. Only the token's
 * SHA-256 is stored. The token then identifies the pad, bound to its table, until revoked.
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

    private final DSLContext dsl;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, PadIdentity> byTokenHash = new ConcurrentHashMap<>();
    private final Map<Integer, Instant> lastSeen = new ConcurrentHashMap<>();
    private final java.util.concurrent.CopyOnWriteArrayList<java.util.function.Consumer<PadIdentity>> revocations =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Set<Integer> online = ConcurrentHashMap.newKeySet();

    /** Runs {@code listener} for every pad revoked from now on, e.g. to close its connections. */
    public void onRevoked(java.util.function.Consumer<PadIdentity> listener) {
        revocations.add(listener);
    }

    /** A pad opened (true) or closed (false) its live connection. */
    public void connection(int padId, boolean open) {
        if (open) {
            online.add(padId);
        } else {
            online.remove(padId);
        }
    }

    /** Whether the pad holds a live connection now. */
    public boolean isOnline(int padId) {
        return online.contains(padId);
    }

    public Pairing(DSLContext dsl, Clock clock, SecureRandom random) {
        this.dsl = dsl;
        this.clock = clock;
        this.random = random;
    }

    /** A new single-use code for the table. */
    public Code newCode(int tableId) {
        Instant now = clock.instant();
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            String table = tx.select(DINING_TABLE.LABEL).from(DINING_TABLE).where(DINING_TABLE.ID.eq(tableId))
                    .fetchOptional(DINING_TABLE.LABEL)
                    .orElseThrow(() -> Problem.notFound("There is no table " + tableId));
            String code;
            do {
                code = "%06d".formatted(random.nextInt(1_000_000));
            } while (tx.fetchExists(PAIRING_CODE, PAIRING_CODE.CODE.eq(code)
                    .and(PAIRING_CODE.USED_AT.isNull()).and(PAIRING_CODE.EXPIRES_AT.gt(now))));
            Instant expires = now.plus(CODE_LIFETIME);
            tx.insertInto(PAIRING_CODE)
                    .set(PAIRING_CODE.CODE, code)
                    .set(PAIRING_CODE.TABLE_ID, tableId)
                    .set(PAIRING_CODE.CREATED_AT, now)
                    .set(PAIRING_CODE.EXPIRES_AT, expires)
                    .execute();
            return new Code(code, tableId, table, expires);
        });
    }

    /**
     * Exchanges a code for a device token.
     *
     * @throws Problem 422 when the code is unknown, used or expired
     */
    public Paired pair(String code, String name) {
        Instant now = clock.instant();
        String padName = name == null || name.isBlank() ? "Pad" : name.strip();
        if (code == null || !code.strip().matches("\\d{6}") || padName.length() > 60) {
            throw invalidCode();
        }
        String token = newToken();
        PadIdentity pad = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var row = tx.select(PAIRING_CODE.ID, PAIRING_CODE.TABLE_ID, DINING_TABLE.LABEL)
                    .from(PAIRING_CODE).join(DINING_TABLE).on(DINING_TABLE.ID.eq(PAIRING_CODE.TABLE_ID))
                    .where(PAIRING_CODE.CODE.eq(code.strip()).and(PAIRING_CODE.USED_AT.isNull())
                            .and(PAIRING_CODE.EXPIRES_AT.gt(now)))
                    .fetchOptional()
                    .orElseThrow(Pairing::invalidCode);
            int padId = tx.insertInto(PAD)
                    .set(PAD.NAME, padName)
                    .set(PAD.TABLE_ID, row.value2())
                    .set(PAD.TOKEN_HASH, hash(token))
                    .set(PAD.PAIRED_AT, now)
                    .set(PAD.LAST_SEEN_AT, now)
                    .returningResult(PAD.ID).fetchSingle().value1();
            // claims the code; a second pad racing for it updates nothing and rolls back
            int claimed = tx.update(PAIRING_CODE).set(PAIRING_CODE.USED_AT, now).set(PAIRING_CODE.PAD_ID, padId)
                    .where(PAIRING_CODE.ID.eq(row.value1()).and(PAIRING_CODE.USED_AT.isNull())).execute();
            if (claimed != 1) {
                throw invalidCode();
            }
            return new PadIdentity(padId, padName, row.value2(), row.value3());
        });
        return new Paired(token, pad);
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

    /** Revokes a pad: its token stops working at once. Returns the pad. */
    public PadIdentity revoke(int padId) {
        Instant now = clock.instant();
        var row = dsl.select(PAD.ID, PAD.NAME, PAD.TABLE_ID, DINING_TABLE.LABEL).from(PAD)
                .join(DINING_TABLE).on(DINING_TABLE.ID.eq(PAD.TABLE_ID))
                .where(PAD.ID.eq(padId)).fetchOptional()
                .orElseThrow(() -> Problem.notFound("There is no pad " + padId));
        dsl.update(PAD).set(PAD.REVOKED, true).set(PAD.REVOKED_AT, now)
                .where(PAD.ID.eq(padId).and(PAD.REVOKED.isFalse())).execute();
        byTokenHash.values().removeIf(p -> p.padId() == padId);
        PadIdentity revoked = identity(row);
        revocations.forEach(listener -> listener.accept(revoked));
        return revoked;
    }

    /** Every pad, for the staff screen. */
    public List<PadIdentity> pads() {
        return dsl.select(PAD.ID, PAD.NAME, PAD.TABLE_ID, DINING_TABLE.LABEL).from(PAD)
                .join(DINING_TABLE).on(DINING_TABLE.ID.eq(PAD.TABLE_ID))
                .where(PAD.REVOKED.isFalse()).orderBy(PAD.TABLE_ID, PAD.ID)
                .fetch(Pairing::identity);
    }

    private Optional<PadIdentity> lookUp(String hash) {
        return dsl.select(PAD.ID, PAD.NAME, PAD.TABLE_ID, DINING_TABLE.LABEL).from(PAD)
                .join(DINING_TABLE).on(DINING_TABLE.ID.eq(PAD.TABLE_ID))
                .where(PAD.TOKEN_HASH.eq(hash).and(PAD.REVOKED.isFalse()))
                .fetchOptional(Pairing::identity);
    }

    private void seen(PadIdentity pad) {
        Instant now = clock.instant();
        Instant before = lastSeen.get(pad.padId());
        if (before == null || Duration.between(before, now).compareTo(SEEN_EVERY) >= 0) {
            lastSeen.put(pad.padId(), now);
            dsl.update(PAD).set(PAD.LAST_SEEN_AT, now).where(PAD.ID.eq(pad.padId())).execute();
        }
    }

    private static PadIdentity identity(Record4<Integer, String, Integer, String> r) {
        return new PadIdentity(r.value1(), r.value2(), r.value3(), r.value4());
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static Problem invalidCode() {
        return Problem.unprocessable("Pairing refused", List.of(new Problem.FieldError("code",
                "is not a valid pairing code, or it was used or has expired; ask staff for a new one")));
    }
}
