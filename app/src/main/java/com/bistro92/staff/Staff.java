package com.bistro92.staff;

import static com.bistro92.db.Tables.STAFF;

import com.bistro92.journal.IdSeries;
import com.bistro92.journal.Journal;
import com.bistro92.json.Envelope;
import com.bistro92.json.Wire;
import com.bistro92.problem.Problem;
import com.bistro92.text.CleanText;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Staff accounts and signing in. Every change is a command on the journal with a staff-only
 * event. PINs are hashed with {@link PinHasher} off the writer's thread (a hash takes a tenth of a
 * second on purpose), never logged, and never shown after they are set; a new account or a reset
 * gets a one-time PIN that must be replaced at the first sign-in.
 */
public final class Staff {

    public static final int MAX_NAME = 80;

    /** The key that counts wrong PINs at the manager's override, beside the members' own ids. */
    private static final int OVERRIDES = -1;

    /** A new one-time PIN, shown once to the manager who made it. */
    public record OneTimePin(StaffMember member, String pin) {
    }

    final IdSeries ids = IdSeries.of(STAFF, STAFF.ID);
    private final Journal journal;
    private final DSLContext reads;
    private final PinHasher pins;
    private final ObjectMapper json;
    private final Executor hashing;
    private final Lockouts lockouts;

    public Staff(Journal journal, DSLContext reads, PinHasher pins, ObjectMapper json, Clock clock, Executor hashing) {
        this.journal = journal;
        this.reads = reads;
        this.pins = pins;
        this.json = json;
        this.hashing = hashing;
        this.lockouts = new Lockouts(clock);
        journal.otherNodes().decode(StaffEvent.Changed.TYPE, row -> {
            StaffCommands.Body body = Envelope.read(json, row.payload()).body("staff", StaffCommands.Body.class);
            return new StaffEvent.Changed(row.seq(), body.member(), body.by(), row.payload());
        });
        journal.otherNodes().decode(StaffEvent.SignedIn.TYPE, row -> {
            StaffCommands.Body body = Envelope.read(json, row.payload()).body("staff", StaffCommands.Body.class);
            return new StaffEvent.SignedIn(row.seq(), body.member(), body.by(), row.payload());
        });
    }

    /** Every account, active ones first, by name. */
    public List<StaffMember> members() {
        return reads.selectFrom(STAFF).orderBy(STAFF.ACTIVE.desc(), STAFF.NAME).fetch(Staff::member);
    }

    /** Checks {@code pin} for the member, off the caller's thread; five wrong PINs lock the account for a minute. */
    public CompletableFuture<SignIn> signIn(int staffId, String pin) {
        return CompletableFuture.supplyAsync(() -> check(staffId, pin), hashing).thenCompose(result -> {
            if (result instanceof SignIn.Accepted accepted) {
                return journal.submit(new StaffCommands.Log(accepted.member(), staffId, true, this))
                        .thenApply(m -> result);
            }
            return CompletableFuture.completedFuture(result);
        });
    }

    /**
     * The active manager whose PIN this is: a manager's override on the spot. Five wrong PINs in a
     * row pause overrides at this suite for a minute, as they lock an account at sign-in.
     *
     * @return {@link SignIn.Accepted} with the manager, {@link SignIn.WrongPin} or {@link SignIn.LockedOut}
     */
    public CompletableFuture<SignIn> manager(String pin) {
        return CompletableFuture.supplyAsync(() -> {
            Optional<SignIn> locked = lockouts.refusal(OVERRIDES);
            if (locked.isPresent()) {
                return locked.get();
            }
            Optional<StaffMember> manager = reads.selectFrom(STAFF)
                    .where(STAFF.ACTIVE.isTrue().and(STAFF.ROLE.eq(Role.MANAGER.name()))
                            .and(STAFF.MUST_CHANGE_PIN.isFalse()))
                    .fetch().stream().filter(r -> pin != null && pins.matches(pin, r.getPinHash()))
                    .map(Staff::member).findFirst();
            if (manager.isEmpty()) {
                return lockouts.failed(OVERRIDES);
            }
            lockouts.forget(OVERRIDES);
            return new SignIn.Accepted(manager.get());
        }, hashing);
    }

    /** The member's own new PIN, replacing a one-time one. */
    public CompletableFuture<StaffMember> changePin(int staffId, String newPin) {
        String problem = Pins.problem(newPin);
        if (problem != null) {
            return CompletableFuture.failedFuture(Problem.unprocessable("PIN not changed",
                    List.of(new Problem.FieldError("pin", problem))));
        }
        return CompletableFuture.supplyAsync(() -> pins.hash(newPin), hashing)
                .thenCompose(hash -> journal.submit(new StaffCommands.SetPin(staffId, hash, false, staffId, this)));
    }

    /** Adds an account with a one-time PIN. */
    public CompletableFuture<OneTimePin> add(String name, Role role, Integer by) {
        String clean = CleanText.nfc(name == null ? "" : name).strip();
        Problem invalid = invalid(clean, role);
        if (invalid != null) {
            return CompletableFuture.failedFuture(invalid);
        }
        String pin = pins.randomPin(6);
        return CompletableFuture.supplyAsync(() -> pins.hash(pin), hashing)
                .thenCompose(hash -> journal.submit(new StaffCommands.Add(clean, role, hash, by, this)))
                .thenApply(member -> new OneTimePin(member, pin));
    }

    /** Renames, changes the role, or (de)activates; the last active manager stays a manager. */
    public CompletableFuture<StaffMember> update(int staffId, String name, Role role, boolean active, Integer by) {
        String clean = CleanText.nfc(name == null ? "" : name).strip();
        Problem invalid = invalid(clean, role);
        if (invalid != null) {
            return CompletableFuture.failedFuture(invalid);
        }
        return journal.submit(new StaffCommands.Update(staffId, clean, role, active, by, this));
    }

    /** Gives the member a new one-time PIN, for one who forgot theirs. */
    public CompletableFuture<OneTimePin> resetPin(int staffId, Integer by) {
        String pin = pins.randomPin(6);
        return CompletableFuture.supplyAsync(() -> pins.hash(pin), hashing)
                .thenCompose(hash -> journal.submit(new StaffCommands.SetPin(staffId, hash, true, by, this)))
                .thenApply(member -> {
                    lockouts.forget(staffId);
                    return new OneTimePin(member, pin);
                });
    }

    private SignIn check(int staffId, String pin) {
        Optional<SignIn> locked = lockouts.refusal(staffId);
        if (locked.isPresent()) {
            return locked.get();
        }
        Optional<Record> row = reads.selectFrom(STAFF).where(STAFF.ID.eq(staffId).and(STAFF.ACTIVE.isTrue()))
                .fetchOptional().map(r -> r);
        if (row.isPresent() && pin != null && pins.matches(pin, row.get().get(STAFF.PIN_HASH))) {
            lockouts.forget(staffId);
            return new SignIn.Accepted(member(row.get()));
        }
        return lockouts.failed(staffId);
    }

    private static Problem invalid(String name, Role role) {
        String problem = name.isEmpty() ? "is required" : name.length() > MAX_NAME ? "must be at most " + MAX_NAME
                + " characters" : CleanText.problem(name, false);
        if (problem != null) {
            return Problem.unprocessable("Invalid staff member", List.of(new Problem.FieldError("name", problem)));
        }
        if (role == null) {
            return Problem.unprocessable("Invalid staff member",
                    List.of(new Problem.FieldError("role", "must be MANAGER, SERVER or KITCHEN")));
        }
        return null;
    }

    byte[] wire(Object value) {
        return Wire.bytes(json, value);
    }

    static StaffMember member(Record r) {
        return new StaffMember(r.get(STAFF.ID), r.get(STAFF.NAME), Role.valueOf(r.get(STAFF.ROLE)),
                r.get(STAFF.ACTIVE), r.get(STAFF.MUST_CHANGE_PIN));
    }

    @Override
    public String toString() {
        return "staff";
    }
}
