package com.bistro92.ui;

import com.bistro92.staff.Permission;
import com.bistro92.staff.StaffMember;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Who is signed in at this suite now, or nobody; the models pass their id into the commands they send. */
public final class Operator {

    private final ReadOnlyObjectWrapper<StaffMember> member = new ReadOnlyObjectWrapper<>();

    void set(StaffMember who) {
        member.set(who);
    }

    public ReadOnlyObjectProperty<StaffMember> memberProperty() {
        return member.getReadOnlyProperty();
    }

    /** Whether the member signed in may do {@code permission}; nobody signed in may do nothing. */
    public boolean may(Permission permission) {
        StaffMember who = member.get();
        return who != null && who.may(permission);
    }

    /** The signed-in member's id, or null when nobody is (the kitchen screen in kitchen mode). */
    public Integer id() {
        StaffMember who = member.get();
        return who == null ? null : who.id();
    }
}
