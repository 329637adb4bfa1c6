package com.bistro92.staffview;

import com.bistro92.journal.EventStream;
import com.bistro92.problem.Failure;
import com.bistro92.staff.Role;
import com.bistro92.staff.Staff;
import com.bistro92.staff.StaffEvent;
import com.bistro92.staff.StaffMember;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Staff screen's state: every account, kept current by the staff events on the stream, and
 * the manager's commands. Each command carries the id of the manager signed in.
 */
public final class StaffModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StaffModel.class);

    private final Staff staff;
    private final EventStream events;
    private final Executor fx;
    private final Executor background;
    private final Supplier<Integer> who;
    private final ObservableList<StaffMember> members = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private AutoCloseable subscription;

    public StaffModel(Staff staff, EventStream events, Executor fx, Executor background, Supplier<Integer> who) {
        this.staff = staff;
        this.events = events;
        this.fx = fx;
        this.background = background;
        this.who = who;
    }

    /** Reads the staff, and again whenever an account changes. */
    public void start() {
        subscription = events.subscribe(StaffEvent.Changed.class, e -> load());
        load();
    }

    private void load() {
        CompletableFuture.supplyAsync(staff::members, background).whenCompleteAsync((list, failure) -> {
            if (failure != null) {
                LOG.error("Cannot read the staff", failure);
                notice.set("Cannot read the staff");
            } else {
                members.setAll(list);
            }
        }, fx);
    }

    /** Adds an account; {@code shown} gets its one-time PIN to show once. */
    public void add(String name, Role role, Consumer<Staff.OneTimePin> shown) {
        report(staff.add(name, role, who.get()), pin -> {
            notice.set(pin.member().name() + " added");
            shown.accept(pin);
        });
    }

    public void update(StaffMember member, String name, Role role, boolean active) {
        report(staff.update(member.id(), name, role, active, who.get()), m -> notice.set(m.name() + " saved"));
    }

    public void resetPin(StaffMember member, Consumer<Staff.OneTimePin> shown) {
        report(staff.resetPin(member.id(), who.get()), pin -> {
            notice.set(pin.member().name() + " has a new one-time PIN");
            shown.accept(pin);
        });
    }

    private <T> void report(CompletableFuture<T> action, Consumer<T> done) {
        action.whenCompleteAsync((result, failure) -> {
            if (failure == null) {
                done.accept(result);
            } else {
                notice.set(Failure.explain(failure, LOG, "A staff change"));
            }
        }, fx);
    }

    public ObservableList<StaffMember> members() {
        return members;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    @Override
    public void close() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
    }
}
