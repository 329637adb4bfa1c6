package com.bistro92.staff;

/**
 * A member of staff as the suite shows them; never their PIN or its hash.
 *
 * @param mustChangePin true until the member replaces a one-time PIN with their own
 */
public record StaffMember(int id, String name, Role role, boolean active, boolean mustChangePin) {

    public boolean may(Permission permission) {
        return active && role.may(permission);
    }
}
