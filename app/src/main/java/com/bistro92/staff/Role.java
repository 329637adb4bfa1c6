package com.bistro92.staff;

import java.util.EnumSet;
import java.util.Set;

/** What a member of staff is: each role may do a set of {@link Permission}s. */
public enum Role {

    /** Everything, including the menu, staff, settings, backups and voids. */
    MANAGER(EnumSet.allOf(Permission.class)),
    /**
     * The floor: seat and close tables, pair pads, acknowledge calls, mark orders delivered, rush an
     * order, hold and fire courses, take payments, look up past orders; and the pass: bump, recall, 86.
     */
    SERVER(EnumSet.of(Permission.USE_TABLES, Permission.SEAT_AND_CLOSE, Permission.PAIR_PADS,
            Permission.ACKNOWLEDGE_CALLS, Permission.DELIVER, Permission.HOLD_AND_RUSH, Permission.TAKE_PAYMENTS, Permission.VIEW_HISTORY,
            Permission.BUMP, Permission.RECALL, Permission.EIGHTY_SIX)),
    /** The kitchen: bump and recall tickets, 86 an item. */
    KITCHEN(EnumSet.of(Permission.BUMP, Permission.RECALL, Permission.EIGHTY_SIX));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** The role named {@code name}, ignoring case; null when there is none. */
    public static Role parse(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return role;
            }
        }
        return null;
    }
}
