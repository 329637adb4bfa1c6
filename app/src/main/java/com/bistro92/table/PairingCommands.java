package com.bistro92.table;

import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.PAD;
import static com.bistro92.db.Tables.PAIRING_CODE;

import com.bistro92.journal.Command;
import com.bistro92.journal.Tx;
import com.bistro92.json.Wire;
import com.bistro92.problem.Problem;
import com.bistro92.staff.Authority;
import com.bistro92.staff.Permission;
import java.time.Instant;
import org.jooq.DSLContext;

/** Pairing's commands: issue a code, pair a pad, revoke it, and note that it was seen or went away. */
final class PairingCommands {

    private PairingCommands() {
    }

    /** The staff-facing summary of a code in the event log: never the code itself. */
    record CodeNotice(int tableId, Instant expiresAt) {
    }

    record IssueCode(int tableId, Integer by, Pairing pairing) implements Command<Pairing.Code> {
        @Override
        public Pairing.Code apply(Tx tx) {
            Authority.require(tx, by, Permission.PAIR_PADS);
            DSLContext sql = tx.sql();
            Instant now = tx.now();
            String table = sql.select(DINING_TABLE.LABEL).from(DINING_TABLE).where(DINING_TABLE.ID.eq(tableId))
                    .fetchOptional(DINING_TABLE.LABEL)
                    .orElseThrow(() -> Problem.notFound("There is no table " + tableId));
            String code;
            do {
                code = "%06d".formatted(pairing.random().nextInt(1_000_000));
            } while (sql.fetchExists(PAIRING_CODE, PAIRING_CODE.CODE.eq(code)
                    .and(PAIRING_CODE.USED_AT.isNull()).and(PAIRING_CODE.EXPIRES_AT.gt(now))));
            Instant expires = now.plus(Pairing.CODE_LIFETIME);
            sql.insertInto(PAIRING_CODE)
                    .set(PAIRING_CODE.ID, (int) tx.nextId(pairing.codeIds))
                    .set(PAIRING_CODE.CODE, code)
                    .set(PAIRING_CODE.TABLE_ID, tableId)
                    .set(PAIRING_CODE.CREATED_AT, now)
                    .set(PAIRING_CODE.EXPIRES_AT, expires)
                    .execute();
            byte[] notice = pairing.wire(new CodeNotice(tableId, expires));
            tx.log(seq -> new TableEvent.CodeIssued(seq, tableId, expires,
                    Wire.envelope(TableEvent.CodeIssued.TYPE, seq, "code", notice, by)));
            return new Pairing.Code(code, tableId, table, expires);
        }
    }

    record Pair(String code, String name, String tokenHash, Pairing pairing) implements Command<PadIdentity> {
        @Override
        public PadIdentity apply(Tx tx) {
            DSLContext sql = tx.sql();
            Instant now = tx.now();
            var row = sql.select(PAIRING_CODE.ID, PAIRING_CODE.TABLE_ID, DINING_TABLE.LABEL)
                    .from(PAIRING_CODE).join(DINING_TABLE).on(DINING_TABLE.ID.eq(PAIRING_CODE.TABLE_ID))
                    .where(PAIRING_CODE.CODE.eq(code).and(PAIRING_CODE.USED_AT.isNull())
                            .and(PAIRING_CODE.EXPIRES_AT.gt(now)))
                    .fetchOptional()
                    .orElseThrow(Pairing::invalidCode);
            int padId = (int) tx.nextId(pairing.padIds);
            sql.insertInto(PAD)
                    .set(PAD.ID, padId)
                    .set(PAD.NAME, name)
                    .set(PAD.TABLE_ID, row.value2())
                    .set(PAD.TOKEN_HASH, tokenHash)
                    .set(PAD.PAIRED_AT, now)
                    .set(PAD.LAST_SEEN_AT, now)
                    .execute();
            sql.update(PAIRING_CODE).set(PAIRING_CODE.USED_AT, now).set(PAIRING_CODE.PAD_ID, padId)
                    .where(PAIRING_CODE.ID.eq(row.value1())).execute();
            PadIdentity pad = new PadIdentity(padId, name, row.value2(), row.value3());
            byte[] body = pairing.wire(pad);
            tx.log(seq -> new TableEvent.PadPaired(seq, pad, now,
                    Wire.envelope(TableEvent.PadPaired.TYPE, seq, "pad", body)));
            return pad;
        }
    }

    record Revoke(int padId, Integer by, Pairing pairing) implements Command<PadIdentity> {
        @Override
        public PadIdentity apply(Tx tx) {
            Authority.require(tx, by, Permission.PAIR_PADS);
            DSLContext sql = tx.sql();
            var row = sql.select(PAD.ID, PAD.NAME, PAD.TABLE_ID, DINING_TABLE.LABEL, PAD.REVOKED).from(PAD)
                    .join(DINING_TABLE).on(DINING_TABLE.ID.eq(PAD.TABLE_ID))
                    .where(PAD.ID.eq(padId)).fetchOptional()
                    .orElseThrow(() -> Problem.notFound("There is no pad " + padId));
            PadIdentity pad = new PadIdentity(row.value1(), row.value2(), row.value3(), row.value4());
            if (row.value5()) {
                return pad;
            }
            sql.update(PAD).set(PAD.REVOKED, true).set(PAD.REVOKED_AT, tx.now()).where(PAD.ID.eq(padId)).execute();
            byte[] body = pairing.wire(pad);
            tx.log(seq -> new TableEvent.PadRevoked(seq, pad,
                    Wire.envelope(TableEvent.PadRevoked.TYPE, seq, "pad", body, by)));
            tx.afterCommit(() -> pairing.revoked(pad));
            return pad;
        }
    }

    /** The pad made a request: when it was last seen is kept, at most every half minute. */
    record Seen(PadIdentity pad, Pairing pairing) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            tx.sql().update(PAD).set(PAD.LAST_SEEN_AT, tx.now()).where(PAD.ID.eq(pad.padId())).execute();
            tx.announce(new PadPresence(pad.padId(), pad.tableId(), pairing.isOnline(pad.padId()), tx.now()));
            return null;
        }
    }

    /** The pad's live feed connected or dropped. */
    record Presence(PadIdentity pad, boolean online, Pairing pairing) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            if (!online) {
                tx.sql().update(PAD).set(PAD.LAST_SEEN_AT, tx.now()).where(PAD.ID.eq(pad.padId())).execute();
            }
            tx.announce(new PadPresence(pad.padId(), pad.tableId(), online, tx.now()));
            tx.afterCommit(() -> pairing.presence(pad.padId(), online));
            return null;
        }
    }

    /** Pairing pauses after too many wrong codes; the staff screens say so. Changes no row. */
    record Pause(PairingPaused pause) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            tx.announce(pause);
            return null;
        }
    }
}
