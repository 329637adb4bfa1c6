package com.bistro92.staff;

import static com.bistro92.db.Tables.STAFF;

import com.bistro92.journal.Command;
import com.bistro92.journal.Tx;
import com.bistro92.json.Wire;
import com.bistro92.problem.Problem;
import org.jooq.impl.DSL;

/** The staff feature's commands; each logs one staff-only event. */
final class StaffCommands {

    private StaffCommands() {
    }

    /** The change's body on the wire: who, and by whom. */
    record Body(StaffMember member, Integer by) {
    }

    record Add(String name, Role role, String pinHash, Integer by, Staff staff) implements Command<StaffMember> {
        @Override
        public StaffMember apply(Tx tx) {
            Authority.require(tx, by, Permission.MANAGE_STAFF);
            uniqueName(tx, name, null);
            int id = (int) tx.nextId(staff.ids);
            tx.sql().insertInto(STAFF)
                    .set(STAFF.ID, id)
                    .set(STAFF.NAME, name)
                    .set(STAFF.ROLE, role.name())
                    .set(STAFF.PIN_HASH, pinHash)
                    .set(STAFF.MUST_CHANGE_PIN, true)
                    .set(STAFF.ACTIVE, true)
                    .set(STAFF.CREATED_AT, tx.now())
                    .execute();
            return changed(tx, new StaffMember(id, name, role, true, true), by, staff);
        }
    }

    record Update(int id, String name, Role role, boolean active, Integer by, Staff staff)
            implements Command<StaffMember> {
        @Override
        public StaffMember apply(Tx tx) {
            Authority.require(tx, by, Permission.MANAGE_STAFF);
            StaffMember before = find(tx, id);
            uniqueName(tx, name, id);
            boolean stillManager = role == Role.MANAGER && active;
            if (before.role() == Role.MANAGER && before.active() && !stillManager && activeManagers(tx) <= 1) {
                throw Problem.conflict("Last manager", before.name() + " is the last active manager; make another"
                        + " member a manager first");
            }
            tx.sql().update(STAFF).set(STAFF.NAME, name).set(STAFF.ROLE, role.name()).set(STAFF.ACTIVE, active)
                    .where(STAFF.ID.eq(id)).execute();
            return changed(tx, new StaffMember(id, name, role, active, before.mustChangePin()), by, staff);
        }
    }

    record SetPin(int id, String pinHash, boolean oneTime, Integer by, Staff staff) implements Command<StaffMember> {
        @Override
        public StaffMember apply(Tx tx) {
            if (by == null || by != id) {
                // one's own PIN is one's own; anyone else's is a manager's business
                Authority.require(tx, by, Permission.MANAGE_STAFF);
            }
            StaffMember before = find(tx, id);
            tx.sql().update(STAFF).set(STAFF.PIN_HASH, pinHash).set(STAFF.MUST_CHANGE_PIN, oneTime)
                    .where(STAFF.ID.eq(id)).execute();
            return changed(tx, new StaffMember(id, before.name(), before.role(), before.active(), oneTime), by, staff);
        }
    }

    /** A sign-in, for the audit trail. */
    record Log(StaffMember member, Integer by, boolean signedIn, Staff staff) implements Command<StaffMember> {
        @Override
        public StaffMember apply(Tx tx) {
            byte[] body = staff.wire(new Body(member, by));
            tx.log(seq -> new StaffEvent.SignedIn(seq, member, by,
                    Wire.envelope(StaffEvent.SignedIn.TYPE, seq, "staff", body)));
            return member;
        }
    }

    private static StaffMember changed(Tx tx, StaffMember member, Integer by, Staff staff) {
        byte[] body = staff.wire(new Body(member, by));
        tx.log(seq -> new StaffEvent.Changed(seq, member, by, Wire.envelope(StaffEvent.Changed.TYPE, seq, "staff", body)));
        return member;
    }

    private static StaffMember find(Tx tx, int id) {
        return tx.lookup().selectFrom(STAFF).where(STAFF.ID.eq(id)).fetchOptional().map(Staff::member)
                .orElseThrow(() -> Problem.notFound("There is no staff member " + id));
    }

    private static void uniqueName(Tx tx, String name, Integer except) {
        var sameName = DSL.lower(STAFF.NAME).eq(name.toLowerCase(java.util.Locale.ROOT));
        if (tx.lookup().fetchExists(STAFF, except == null ? sameName : sameName.and(STAFF.ID.ne(except)))) {
            throw Problem.conflict("Name taken", "There is already a member of staff called " + name);
        }
    }

    private static int activeManagers(Tx tx) {
        return tx.lookup().fetchCount(STAFF, STAFF.ACTIVE.isTrue().and(STAFF.ROLE.eq(Role.MANAGER.name())));
    }
}
