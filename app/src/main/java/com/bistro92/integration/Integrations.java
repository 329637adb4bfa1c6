package com.bistro92.integration;

import static com.bistro92.db.Tables.INTEGRATION_CLIENT;

import com.bistro92.journal.Command;
import com.bistro92.journal.IdSeries;
import com.bistro92.journal.Journal;
import com.bistro92.journal.Tx;
import com.bistro92.json.Envelope;
import com.bistro92.json.Wire;
import com.bistro92.problem.Problem;
import com.bistro92.staff.Authority;
import com.bistro92.staff.Permission;
import com.bistro92.table.Pairing;
import com.bistro92.text.CleanText;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;

/**
 * Outside systems (an inventory or an accounting program) with a token of their own, made in
 * Settings and shown once: only its SHA-256 is kept. Their rights are narrow, as the routes declare
 * them ({@code Access.Kind.INTEGRATION}): they follow the event stream with {@code ?since=}, read the
 * menu and the counts, and set counts and availability; nothing else.
 */
public final class Integrations {

    private static final int TOKEN_BYTES = 32;
    public static final int MAX_CLIENTS = 20;

    /** What staff see once, when the token is made. */
    public record Created(String token, IntegrationIdentity client) {
    }

    /** A client not revoked, for Settings. */
    public record Listed(int id, String name, Instant createdAt) {
    }

    final IdSeries ids = IdSeries.of(INTEGRATION_CLIENT, INTEGRATION_CLIENT.ID);
    private final Journal journal;
    private final DSLContext reads;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, IntegrationIdentity> byTokenHash = new ConcurrentHashMap<>();

    public Integrations(Journal journal, DSLContext reads, ObjectMapper json, Clock clock, SecureRandom random) {
        this.journal = journal;
        this.reads = reads;
        this.json = json;
        this.clock = clock;
        this.random = random;
        journal.otherNodes().decode(IntegrationEvent.Created.TYPE, row -> new IntegrationEvent.Created(row.seq(),
                client(row.payload()), row.payload()));
        journal.otherNodes().decode(IntegrationEvent.Revoked.TYPE, row -> {
            IntegrationIdentity client = client(row.payload());
            forget(client.id());
            return new IntegrationEvent.Revoked(row.seq(), client, row.payload());
        });
    }

    private IntegrationIdentity client(String payload) {
        return Envelope.read(json, payload).body("client", IntegrationIdentity.class);
    }

    /** A new client and its token, made by {@code by} (null: the staff token); 422 for a bad name. */
    public CompletableFuture<Created> create(String name, Integer by) {
        String clean = name == null ? "" : CleanText.nfc(name).strip();
        if (clean.isEmpty() || clean.length() > 60 || CleanText.problem(clean, false) != null) {
            return CompletableFuture.failedFuture(Problem.unprocessable("Invalid integration",
                    List.of(new Problem.FieldError("name", "is required: one line of at most 60 characters"))));
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = "b92i_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return journal.submit(new Create(clean, Pairing.hash(token), by, this))
                .thenApply(client -> new Created(token, client));
    }

    /** Revokes a client: its token stops working at once (its open feed is closed by the feed). */
    public CompletableFuture<IntegrationIdentity> revoke(int id, Integer by) {
        return journal.submit(new Revoke(id, by, this));
    }

    public List<Listed> clients() {
        return reads.select(INTEGRATION_CLIENT.ID, INTEGRATION_CLIENT.NAME, INTEGRATION_CLIENT.CREATED_AT)
                .from(INTEGRATION_CLIENT).where(INTEGRATION_CLIENT.REVOKED.isFalse()).orderBy(INTEGRATION_CLIENT.ID)
                .fetch(r -> new Listed(r.value1(), r.value2(), r.value3()));
    }

    /** The client a bearer token belongs to, unless it is unknown or revoked. */
    public Optional<IntegrationIdentity> authenticate(String token) {
        if (token == null || !token.startsWith("b92i_") || token.length() > 200) {
            return Optional.empty();
        }
        String hash = Pairing.hash(token.strip());
        IntegrationIdentity known = byTokenHash.get(hash);
        if (known != null) {
            return Optional.of(known);
        }
        // only known clients are cached: random tokens must not fill the memory
        Optional<IntegrationIdentity> found = reads.select(INTEGRATION_CLIENT.ID, INTEGRATION_CLIENT.NAME)
                .from(INTEGRATION_CLIENT)
                .where(INTEGRATION_CLIENT.TOKEN_HASH.eq(hash).and(INTEGRATION_CLIENT.REVOKED.isFalse()))
                .fetchOptional(r -> new IntegrationIdentity(r.value1(), r.value2()));
        found.ifPresent(c -> byTokenHash.put(hash, c));
        return found;
    }

    private void forget(int id) {
        byTokenHash.values().removeIf(c -> c.id() == id);
    }

    private record Create(String name, String tokenHash, Integer by, Integrations integrations)
            implements Command<IntegrationIdentity> {
        @Override
        public IntegrationIdentity apply(Tx tx) {
            Authority.require(tx, by, Permission.CHANGE_SETTINGS);
            if (tx.sql().fetchCount(INTEGRATION_CLIENT, INTEGRATION_CLIENT.REVOKED.isFalse()) >= MAX_CLIENTS) {
                throw Problem.conflict("Too many integrations", "Revoke one first: at most " + MAX_CLIENTS);
            }
            int id = (int) tx.nextId(integrations.ids);
            tx.sql().insertInto(INTEGRATION_CLIENT).set(INTEGRATION_CLIENT.ID, id)
                    .set(INTEGRATION_CLIENT.NAME, name).set(INTEGRATION_CLIENT.TOKEN_HASH, tokenHash)
                    .set(INTEGRATION_CLIENT.CREATED_AT, tx.now()).execute();
            IntegrationIdentity client = new IntegrationIdentity(id, name);
            byte[] body = Wire.bytes(integrations.json, client);
            tx.log(seq -> new IntegrationEvent.Created(seq, client, Wire.envelope(IntegrationEvent.Created.TYPE, seq,
                    "client", body, by)));
            return client;
        }
    }

    private record Revoke(int id, Integer by, Integrations integrations) implements Command<IntegrationIdentity> {
        @Override
        public IntegrationIdentity apply(Tx tx) {
            Authority.require(tx, by, Permission.CHANGE_SETTINGS);
            String name = tx.sql().select(INTEGRATION_CLIENT.NAME).from(INTEGRATION_CLIENT)
                    .where(INTEGRATION_CLIENT.ID.eq(id).and(INTEGRATION_CLIENT.REVOKED.isFalse()))
                    .fetchOptional(INTEGRATION_CLIENT.NAME)
                    .orElseThrow(() -> Problem.notFound("There is no integration " + id));
            tx.sql().update(INTEGRATION_CLIENT).set(INTEGRATION_CLIENT.REVOKED, true)
                    .where(INTEGRATION_CLIENT.ID.eq(id)).execute();
            IntegrationIdentity client = new IntegrationIdentity(id, name);
            byte[] body = Wire.bytes(integrations.json, client);
            tx.log(seq -> new IntegrationEvent.Revoked(seq, client, Wire.envelope(IntegrationEvent.Revoked.TYPE, seq,
                    "client", body, by)));
            tx.afterCommit(() -> integrations.forget(id));
            return client;
        }
    }
}
