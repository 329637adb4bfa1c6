package com.bistro92.server;

import com.bistro92.problem.Problem;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who may call a route, declared where the route is registered
 * ({@code router.post("/api/v1/tables/{id}/payments", Access.STAFF, this::pay)}) and checked in one
 * place, the {@link AccessGuard}, before the route runs. A route without a rule cannot be registered,
 * so a handler that forgets a check cannot fail open.
 *
 * <p>The guard refuses a caller the rule does not admit: a display with 403 "Not for displays", a
 * device that is not paired with 401, anyone else with this rule's own 403 ({@link #refusal()}).
 *
 * @param callers the kinds of caller let in; {@link Kind#ANYONE} lets in every caller
 * @param pairing whether the route exchanges a pairing code for a token: the {@link PairingGate}
 *                admits each attempt before its body is read, whatever token it carries, and from
 *                another computer it must come over HTTPS while pads must use TLS
 * @param title   the title of the 403 a caller of another kind gets
 * @param detail  the detail of that 403
 */
public record Access(Set<Kind> callers, boolean pairing, String title, String detail) {

    /** The kinds of caller, one for each {@link Caller} the guard finds. */
    public enum Kind {
        /** Every caller, a device that is not paired included ({@link Caller.Unpaired}). */
        ANYONE,
        /** A program on this computer without a token: the seed contract's clients ({@link Caller.Local}). */
        THIS_COMPUTER,
        /** A paired pad, by its token, from any address ({@link Caller.Pad}). */
        PAD,
        /**
         * A paired web pad in a browser, by its {@code HttpOnly} cookie ({@link Caller.Pad} with
         * {@link Caller.Pad#viaCookie()}): what a pad may do, from a page of this server only.
         */
        PAD_COOKIE,
        /** A paired display, a kitchen screen or ready board on another PC ({@link Caller.Display}). */
        DISPLAY,
        /** Staff: the staff token, from this computer ({@link Caller.Staff}). */
        STAFF,
        /**
         * An outside system (inventory, accounting) by its own token, from any address
         * ({@link Caller.Integration}): it follows the feed, reads the menu and the counts, and sets
         * counts and availability.
         */
        INTEGRATION,
        /**
         * The monitoring computer: the one address named in the settings, without a token
         * ({@link Caller.Monitor}); it is a monitor only where a rule names it, a device elsewhere.
         */
        MONITOR
    }

    private static final String STAFF_DETAIL = "Only staff can do this: from the restaurant's computer, with the"
            + " staff token (the staff.token file in the data folder)";

    /** Anyone, paired or not: where a display finds the HTTPS port and certificate. */
    public static final Access ANYONE = new Access(EnumSet.of(Kind.ANYONE), false, "Open", "Anyone may call this");

    /** Anyone, through the {@link PairingGate}: exchanging a pairing code for a token. */
    public static final Access PAIRING = new Access(EnumSet.of(Kind.ANYONE), true, "Open", "Anyone may pair");

    /**
     * The seed contract's callers: this computer with or without the staff token, and pads (which
     * place orders and read the menu and their table's orders).
     */
    public static final Access SEED = new Access(EnumSet.of(Kind.THIS_COMPUTER, Kind.STAFF, Kind.PAD,
            Kind.PAD_COOKIE), false,
            "Not for this caller", "Only this computer and paired pads can do this");

    /** The order feed, {@code /ws/orders}: every caller that is not an unpaired device. */
    public static final Access FEED = new Access(EnumSet.of(Kind.THIS_COMPUTER, Kind.STAFF, Kind.PAD,
            Kind.PAD_COOKIE, Kind.DISPLAY, Kind.INTEGRATION), false, "Not paired",
            "Pair this device in Tables & Pads before opening the feed");

    /** Reading the menu: the seed contract's callers, and an integration (which needs the items' ids). */
    public static final Access MENU = new Access(EnumSet.of(Kind.THIS_COMPUTER, Kind.STAFF, Kind.PAD,
            Kind.PAD_COOKIE, Kind.INTEGRATION), false,
            "Not for this caller", "Only this computer, paired pads and integrations can read the menu");

    /** Counts on hand and availability: staff, or an inventory system with its integration token. */
    public static final Access INVENTORY = new Access(EnumSet.of(Kind.STAFF, Kind.INTEGRATION), false,
            "Staff or inventory only", "Only staff, or an integration with its token (made in Settings), can do this");

    /** The server's figures: staff, or the monitoring address of the settings. */
    public static final Access METRICS = new Access(EnumSet.of(Kind.STAFF, Kind.MONITOR), false, "Staff only",
            "The metrics are for staff (the staff token, from this computer) or the monitoring address set in"
                    + " Settings");
    /** Staff only. */
    public static final Access STAFF = new Access(EnumSet.of(Kind.STAFF), false, "Staff only", STAFF_DETAIL);

    /** Staff, or a paired display moving tickets through the kitchen. */
    public static final Access KITCHEN = new Access(EnumSet.of(Kind.STAFF, Kind.DISPLAY), false, "Kitchen only",
            "Only staff or a paired kitchen display can do this");

    /** Staff, or a paired pad (which a route then holds to its own table). */
    public static final Access STAFF_OR_PAD = new Access(EnumSet.of(Kind.STAFF, Kind.PAD, Kind.PAD_COOKIE), false, "Staff only",
            STAFF_DETAIL);

    /** A paired pad only: what it asks about itself. */
    public static final Access PAD = new Access(EnumSet.of(Kind.PAD, Kind.PAD_COOKIE), false, "Pads only",
            "Only a paired pad has an identity to show");

    /** A paired display only: what it asks about itself. */
    public static final Access DISPLAY = new Access(EnumSet.of(Kind.DISPLAY), false, "Displays only",
            "Only a paired display has an identity to show");

    public Access {
        Objects.requireNonNull(callers, "callers");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        if (callers.isEmpty()) {
            throw new IllegalArgumentException("A route must let someone in; name at least one kind of caller");
        }
        callers = Collections.unmodifiableSet(EnumSet.copyOf(callers));
    }

    /** Whether a caller of {@code kind} may call the route. */
    public boolean admits(Kind kind) {
        return callers.contains(Kind.ANYONE) || callers.contains(kind);
    }

    /** The kind {@code caller} is. */
    public static Kind kindOf(Caller caller) {
        return switch (caller) {
            case Caller.Staff s -> Kind.STAFF;
            case Caller.Local l -> Kind.THIS_COMPUTER;
            case Caller.Pad p -> p.viaCookie() ? Kind.PAD_COOKIE : Kind.PAD;
            case Caller.Display d -> Kind.DISPLAY;
            case Caller.Unpaired u -> Kind.ANYONE;
            case Caller.Monitor m -> Kind.MONITOR;
            case Caller.Integration i -> Kind.INTEGRATION;
        };
    }

    /** The 403 a caller this rule does not admit gets (but a display or an unpaired device: see the class). */
    Problem refusal() {
        return new Problem(403, title, detail);
    }
}
