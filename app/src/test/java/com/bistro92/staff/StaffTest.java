package com.bistro92.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import com.bistro92.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff accounts through the journal: every change logged with who made it; bad input writes nothing. */
class StaffTest {

    @TempDir
    Path data;
    TestApp app;
    Staff staff;
    int manager;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
        staff = app.app().staff();
        manager = staff.members().getFirst().id();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private List<Long> written() {
        return List.of((long) app.rows("staff"), app.app().journal().lastSeq());
    }

    private static Problem problem(Runnable action) {
        try {
            action.run();
        } catch (CompletionException e) {
            return (Problem) e.getCause();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aNewMemberGetsAOneTimePinThatWorksOnceAndMustBeReplaced() {
        Staff.OneTimePin sam = staff.add("  Sam  ", Role.SERVER, manager).join();
        assertThat(sam.member().name()).isEqualTo("Sam");
        assertThat(sam.member().mustChangePin()).isTrue();
        assertThat(sam.pin()).matches("\\d{6}");
        SignIn in = staff.signIn(sam.member().id(), sam.pin()).join();
        assertThat(in).isInstanceOf(SignIn.Accepted.class);
        assertThat(((SignIn.Accepted) in).member().mustChangePin()).isTrue();
        StaffMember changed = staff.changePin(sam.member().id(), "5173").join();
        assertThat(changed.mustChangePin()).isFalse();
        assertThat(staff.signIn(sam.member().id(), sam.pin()).join()).isInstanceOf(SignIn.WrongPin.class);
        assertThat(staff.signIn(sam.member().id(), "5173").join()).isInstanceOf(SignIn.Accepted.class);
    }

    @Test
    void everyChangeIsLoggedWithWhoMadeItAndNeverThePin() throws Exception {
        long before = app.app().journal().lastSeq();
        Staff.OneTimePin kim = staff.add("Kim", Role.KITCHEN, manager).join();
        var entries = app.app().journal().replay(before, 10);
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().staffOnly()).isTrue();
        assertThat(entries.getFirst().json()).contains("\"type\":\"staff_changed\"").contains("\"by\":" + manager)
                .contains("\"name\":\"Kim\"").doesNotContain(kim.pin()).doesNotContain("pbkdf2");
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        staff.add("Alex", Role.SERVER, manager).join();
        List<Long> before = written();
        assertThat(problem(() -> staff.add("", Role.SERVER, manager).join()).status()).isEqualTo(422);
        assertThat(problem(() -> staff.add("Bad\u0000Name", Role.SERVER, manager).join()).status()).isEqualTo(422);
        assertThat(problem(() -> staff.add("x".repeat(81), Role.SERVER, manager).join()).status()).isEqualTo(422);
        assertThat(problem(() -> staff.add("Nobody", null, manager).join()).status()).isEqualTo(422);
        assertThat(problem(() -> staff.add("ALEX", Role.KITCHEN, manager).join()).status()).as("name taken").isEqualTo(409);
        assertThat(problem(() -> staff.update(999, "Ghost", Role.SERVER, true, manager).join()).status()).isEqualTo(404);
        assertThat(problem(() -> staff.changePin(manager, "12").join()).status()).isEqualTo(422);
        assertThat(problem(() -> staff.changePin(manager, "1111").join()).status()).isEqualTo(422);
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void theLastActiveManagerCannotBeRemovedOrDemoted() {
        List<Long> before = written();
        assertThat(problem(() -> staff.update(manager, "Manager", Role.SERVER, true, manager).join()).status())
                .isEqualTo(409);
        assertThat(problem(() -> staff.update(manager, "Manager", Role.MANAGER, false, manager).join()).status())
                .isEqualTo(409);
        assertThat(written()).isEqualTo(before);
        Staff.OneTimePin second = staff.add("Morgan", Role.MANAGER, manager).join();
        assertThat(staff.update(manager, "Manager", Role.SERVER, true, second.member().id()).join().role())
                .isEqualTo(Role.SERVER);
    }

    @Test
    void fiveWrongPinsLockTheAccountForAMinute() {
        Staff.OneTimePin sam = staff.add("Sam", Role.SERVER, manager).join();
        for (int i = 4; i >= 1; i--) {
            assertThat(staff.signIn(sam.member().id(), "0000").join()).isEqualTo(new SignIn.WrongPin(i));
        }
        assertThat(staff.signIn(sam.member().id(), "0000").join()).isInstanceOf(SignIn.LockedOut.class);
        assertThat(staff.signIn(sam.member().id(), sam.pin()).join()).as("even the right PIN")
                .isInstanceOf(SignIn.LockedOut.class);
    }

    @Test
    void aManagersPinOverridesOnTheSpot() {
        Staff.OneTimePin morgan = staff.add("Morgan", Role.MANAGER, manager).join();
        staff.changePin(morgan.member().id(), "8642").join();
        Staff.OneTimePin sam = staff.add("Sam", Role.SERVER, manager).join();
        staff.changePin(sam.member().id(), "1357").join();
        assertThat(staff.manager("8642").join()).isInstanceOfSatisfying(SignIn.Accepted.class,
                a -> assertThat(a.member().name()).isEqualTo("Morgan"));
        assertThat(staff.manager("1357").join()).as("a server's PIN").isEqualTo(new SignIn.WrongPin(4));
    }

    @Test
    void fiveWrongOverridePinsPauseOverridesEvenForTheRightPin() {
        Staff.OneTimePin morgan = staff.add("Morgan", Role.MANAGER, manager).join();
        staff.changePin(morgan.member().id(), "8642").join();
        for (int i = 4; i >= 1; i--) {
            assertThat(staff.manager("0000").join()).isEqualTo(new SignIn.WrongPin(i));
        }
        assertThat(staff.manager("0000").join()).isInstanceOf(SignIn.LockedOut.class);
        assertThat(staff.manager("8642").join()).as("the right PIN, while paused")
                .isInstanceOf(SignIn.LockedOut.class);
        assertThat(staff.signIn(morgan.member().id(), "8642").join()).as("the manager's own sign-in is not locked")
                .isInstanceOf(SignIn.Accepted.class);
    }

    @Test
    void aMemberWhoseRoleMayNotIsRefusedAndNothingIsWritten() {
        int sam = staff.add("Sam", Role.SERVER, manager).join().member().id();
        int kim = staff.add("Kim", Role.KITCHEN, manager).join().member().id();
        List<Long> before = written();
        assertThat(problem(() -> staff.add("Eve", Role.MANAGER, sam).join()).status()).as("a server adds staff")
                .isEqualTo(403);
        assertThat(problem(() -> staff.update(kim, "Kim", Role.MANAGER, true, kim).join()).status())
                .as("the kitchen promotes itself").isEqualTo(403);
        assertThat(problem(() -> staff.resetPin(manager, sam).join()).status()).isEqualTo(403);
        assertThat(problem(() -> staff.add("Eve", Role.SERVER, 999).join()).status()).as("nobody").isEqualTo(422);
        assertThat(problem(() -> app.app().settings().change(app.app().settings().current(), kim).join()).status())
                .as("the kitchen changes the settings").isEqualTo(403);
        int burger = app.app().menu().byName("Classic Burger").orElseThrow().id();
        assertThat(app.app().menuChanges().setAvailability(burger, false, kim).join()).as("the kitchen may 86")
                .isFalse();
        app.app().menuChanges().setAvailability(burger, true, null).join();
        assertThat(app.rows("staff")).isEqualTo(before.getFirst().intValue());
    }
}
