package com.bistro92.table;

import static com.bistro92.db.Tables.DISPLAY_CODE;
import static com.bistro92.db.Tables.DISPLAY_DEVICE;

import com.bistro92.journal.Command;
import com.bistro92.journal.Tx;
import com.bistro92.json.Wire;
import com.bistro92.problem.Problem;
import com.bistro92.staff.Authority;
import com.bistro92.staff.Permission;
import java.time.Instant;
import org.jooq.DSLContext;

/** The displays' commands: issue a code, pair a display, revoke it, and note that it was seen. */
final class DisplayCommands {

    private DisplayCommands() {
    }

    /** The staff-facing summary of a code in the event log: never the code itself. */
    record CodeNotice(Instant expiresAt) {
    }

    record IssueCode(Integer by, Displays displays) implements Command<Displays.Code> {
        @Override
        public Displays.Code apply(Tx tx) {
            Authority.require(tx, by, Permission.PAIR_PADS);
            DSLContext sql = tx.sql();
            Instant now = tx.now();
            String code;
            do {
                code = "%06d".formatted(displays.random().nextInt(1_000_000));
            } while (sql.fetchExists(DISPLAY_CODE, DISPLAY_CODE.CODE.eq(code)
                    .and(DISPLAY_CODE.USED_AT.isNull()).and(DISPLAY_CODE.EXPIRES_AT.gt(now))));
            Instant expires = now.plus(Pairing.CODE_LIFETIME);
            sql.insertInto(DISPLAY_CODE)
                    .set(DISPLAY_CODE.ID, (int) tx.nextId(displays.codeIds))
                    .set(DISPLAY_CODE.CODE, code)
                    .set(DISPLAY_CODE.CREATED_AT, now)
                    .set(DISPLAY_CODE.EXPIRES_AT, expires)
                    .execute();
            byte[] notice = displays.wire(new CodeNotice(expires));
            tx.log(seq -> new DisplayEvent.CodeIssued(seq,
                    Wire.envelope(DisplayEvent.CodeIssued.TYPE, seq, "code", notice, by)));
            return new Displays.Code(code, expires);
        }
    }

    record Pair(String code, String name, String tokenHash, Displays displays) implements Command<DisplayIdentity> {
        @Override
        public DisplayIdentity apply(Tx tx) {
            DSLContext sql = tx.sql();
            Instant now = tx.now();
            int codeId = sql.select(DISPLAY_CODE.ID).from(DISPLAY_CODE)
                    .where(DISPLAY_CODE.CODE.eq(code).and(DISPLAY_CODE.USED_AT.isNull())
                            .and(DISPLAY_CODE.EXPIRES_AT.gt(now)))
                    .fetchOptional(DISPLAY_CODE.ID)
                    .orElseThrow(Displays::invalidCode);
            int displayId = (int) tx.nextId(displays.displayIds);
            sql.insertInto(DISPLAY_DEVICE)
                    .set(DISPLAY_DEVICE.ID, displayId)
                    .set(DISPLAY_DEVICE.NAME, name)
                    .set(DISPLAY_DEVICE.TOKEN_HASH, tokenHash)
                    .set(DISPLAY_DEVICE.PAIRED_AT, now)
                    .set(DISPLAY_DEVICE.LAST_SEEN_AT, now)
                    .execute();
            sql.update(DISPLAY_CODE).set(DISPLAY_CODE.USED_AT, now).set(DISPLAY_CODE.DISPLAY_ID, displayId)
                    .where(DISPLAY_CODE.ID.eq(codeId)).execute();
            DisplayIdentity display = new DisplayIdentity(displayId, name);
            byte[] body = displays.wire(display);
            tx.log(seq -> new DisplayEvent.Paired(seq, display,
                    Wire.envelope(DisplayEvent.Paired.TYPE, seq, "display", body)));
            return display;
        }
    }

    record Revoke(int displayId, Integer by, Displays displays) implements Command<DisplayIdentity> {
        @Override
        public DisplayIdentity apply(Tx tx) {
            Authority.require(tx, by, Permission.PAIR_PADS);
            DSLContext sql = tx.sql();
            var row = sql.select(DISPLAY_DEVICE.NAME, DISPLAY_DEVICE.REVOKED).from(DISPLAY_DEVICE)
                    .where(DISPLAY_DEVICE.ID.eq(displayId)).fetchOptional()
                    .orElseThrow(() -> Problem.notFound("There is no display " + displayId));
            DisplayIdentity display = new DisplayIdentity(displayId, row.value1());
            if (row.value2()) {
                return display;
            }
            sql.update(DISPLAY_DEVICE).set(DISPLAY_DEVICE.REVOKED, true).set(DISPLAY_DEVICE.REVOKED_AT, tx.now())
                    .where(DISPLAY_DEVICE.ID.eq(displayId)).execute();
            byte[] body = displays.wire(display);
            tx.log(seq -> new DisplayEvent.Revoked(seq, display,
                    Wire.envelope(DisplayEvent.Revoked.TYPE, seq, "display", body, by)));
            tx.afterCommit(() -> displays.revoked(display));
            return display;
        }
    }

    /** The display made a request: when it was last seen is kept, at most every half minute. */
    record Seen(int displayId) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            tx.sql().update(DISPLAY_DEVICE).set(DISPLAY_DEVICE.LAST_SEEN_AT, tx.now())
                    .where(DISPLAY_DEVICE.ID.eq(displayId)).execute();
            return null;
        }
    }
}
