package com.bistro92.history;

import static com.bistro92.db.Tables.STAFF;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;

/** Staff ids turned into names, read in one query for all the ids a detail mentions. */
final class StaffNames {

    private final Map<Integer, String> names;

    private StaffNames(Map<Integer, String> names) {
        this.names = names;
    }

    static StaffNames of(DSLContext ctx, Collection<Integer> ids) {
        var wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return new StaffNames(Map.of());
        }
        return new StaffNames(ctx.select(STAFF.ID, STAFF.NAME).from(STAFF).where(STAFF.ID.in(wanted))
                .fetchMap(STAFF.ID, STAFF.NAME));
    }

    /** The member's name; a member since removed from the database is named by id. */
    String name(Integer id) {
        if (id == null) {
            return null;
        }
        return names.getOrDefault(id, "staff member #" + id);
    }
}
