package com.bistro92.signin;

import com.bistro92.problem.Failure;
import com.bistro92.problem.Problem;
import com.bistro92.staff.SignIn;
import com.bistro92.staff.Staff;
import com.bistro92.staff.StaffMember;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-in screen's state: who is signing in, the digits typed so far (never shown), and what
 * to say. A one-time PIN leads to choosing one's own, typed twice. Checking a PIN runs off the FX
 * thread; {@code onSignedIn} gets the member once they are in.
 */
public final class SignInModel {

    private static final Logger LOG = LoggerFactory.getLogger(SignInModel.class);
    private static final int MAX_DIGITS = 8;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** What the PIN pad is asking for. */
    public enum Step { PIN, NEW_PIN, REPEAT_PIN }

    private final CompletionStage<Staff> staff;
    private final Executor fx;
    private final ZoneId zone;
    private final ObservableList<StaffMember> members = FXCollections.observableArrayList();
    private final ObjectProperty<StaffMember> selected = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper digits = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.PIN);
    private final StringBuilder pin = new StringBuilder();
    private String newPin;
    private Consumer<StaffMember> onSignedIn = m -> { };

    public SignInModel(Staff staff, Executor fx, ZoneId zone) {
        this(CompletableFuture.completedFuture(staff), fx, zone);
    }

    /**
     * A sign-in shown while the suite is still opening its data: it says so, and the names come
     * (with {@link #reload}) once {@code staff} does. Nobody can sign in before that.
     */
    public SignInModel(CompletionStage<Staff> staff, Executor fx, ZoneId zone) {
        this.staff = staff;
        this.fx = fx;
        this.zone = zone;
        selected.addListener((obs, was, now) -> restart(""));
        if (!staff.toCompletableFuture().isDone()) {
            message.set("Opening the restaurant's data…");
        }
    }

    /** Reads the active staff again, for a fresh sign-in; off the FX thread. */
    public void reload(Executor background) {
        staff.thenApplyAsync(s -> s.members().stream().filter(StaffMember::active).toList(), background)
                .whenCompleteAsync((list, failure) -> {
                    if (failure != null) {
                        LOG.error("Cannot read the staff", failure);
                        message.set("Cannot read the staff list; try again");
                        return;
                    }
                    StaffMember before = selected.get();
                    members.setAll(list);
                    selected.set(list.stream().filter(m -> before != null && m.id() == before.id()).findFirst()
                            .orElse(list.isEmpty() ? null : list.getFirst()));
                    restart("");
                }, fx);
    }

    public void onSignedIn(Consumer<StaffMember> action) {
        this.onSignedIn = action;
    }

    public void digit(int d) {
        if (!busy.get() && pin.length() < MAX_DIGITS) {
            pin.append((char) ('0' + d));
            digits.set(pin.length());
        }
    }

    public void backspace() {
        if (!busy.get() && !pin.isEmpty()) {
            pin.setLength(pin.length() - 1);
            digits.set(pin.length());
        }
    }

    /** Enter: checks the PIN, or takes the new one, or its repetition. */
    public void submit() {
        StaffMember member = selected.get();
        if (busy.get() || member == null || pin.isEmpty()) {
            return;
        }
        String typed = pin.toString();
        pin.setLength(0);
        digits.set(0);
        switch (step.get()) {
            case PIN -> check(member, typed);
            case NEW_PIN -> {
                newPin = typed;
                step.set(Step.REPEAT_PIN);
                message.set("Type the new PIN again");
            }
            case REPEAT_PIN -> {
                if (typed.equals(newPin)) {
                    change(member, typed);
                } else {
                    step.set(Step.NEW_PIN);
                    refused.set(true);
                    message.set("The two PINs differ; choose your new PIN again");
                }
            }
        }
    }

    private void check(StaffMember member, String typed) {
        busy.set(true);
        refused.set(false);
        message.set("Checking…");
        staff.thenCompose(s -> s.signIn(member.id(), typed)).whenCompleteAsync((result, failure) -> {
            busy.set(false);
            if (failure != null) {
                LOG.error("Sign-in failed", failure);
                message.set("That did not work; try again");
            } else if (result instanceof SignIn.Accepted accepted && accepted.member().mustChangePin()) {
                step.set(Step.NEW_PIN);
                message.set("Welcome, " + member.name() + ". Choose your own PIN (4 to 8 digits)");
            } else if (result instanceof SignIn.Accepted accepted) {
                restart("");
                onSignedIn.accept(accepted.member());
            } else if (result instanceof SignIn.WrongPin wrong) {
                refused.set(true);
                message.set("Wrong PIN. " + wrong.attemptsLeft() + (wrong.attemptsLeft() == 1 ? " try" : " tries")
                        + " left before the account locks for a minute");
            } else if (result instanceof SignIn.LockedOut locked) {
                refused.set(true);
                message.set(member.name() + " is locked after five wrong PINs, until "
                        + TIME.format(locked.until().atZone(zone)));
            }
        }, fx);
    }

    private void change(StaffMember member, String typed) {
        busy.set(true);
        staff.thenCompose(s -> s.changePin(member.id(), typed)).whenCompleteAsync((changed, failure) -> {
            busy.set(false);
            Throwable cause = Failure.cause(failure);
            if (cause instanceof Problem p) {
                step.set(Step.NEW_PIN);
                message.set("That PIN " + p.errors().getFirst().message() + "; choose another");
            } else if (cause != null) {
                LOG.error("Changing a PIN failed", cause);
                step.set(Step.NEW_PIN);
                message.set("That did not work; choose your new PIN again");
            } else {
                restart("");
                onSignedIn.accept(changed);
            }
        }, fx);
    }

    private void restart(String text) {
        refused.set(false);
        pin.setLength(0);
        digits.set(0);
        newPin = null;
        step.set(Step.PIN);
        message.set(text);
    }

    public ObservableList<StaffMember> members() {
        return members;
    }

    public ObjectProperty<StaffMember> selectedProperty() {
        return selected;
    }

    public ReadOnlyIntegerProperty digitsProperty() {
        return digits.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the message says why something was refused (a wrong PIN, a lock, PINs that differ). */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }
}
