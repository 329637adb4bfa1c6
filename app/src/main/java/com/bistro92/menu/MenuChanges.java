package com.bistro92.menu;

import static com.bistro92.db.Tables.MENU_ITEM;

import com.bistro92.journal.Command;
import com.bistro92.journal.Journal;
import com.bistro92.journal.Tx;
import com.bistro92.json.Wire;
import com.bistro92.problem.Problem;
import java.util.concurrent.CompletableFuture;

/**
 * Changes to the menu, as commands on the journal. After each, the in-memory menu is read again
 * and every pad hears {@code menu_changed}.
 */
public final class MenuChanges {

    private final Journal journal;
    private final MenuLookup menu;

    public MenuChanges(Journal journal, MenuLookup menu) {
        this.journal = journal;
        this.menu = menu;
    }

    /** 86s an item ({@code available} false) or brings it back; 404 for an unknown item. */
    public CompletableFuture<Boolean> setAvailability(int menuItemId, boolean available) {
        return journal.submit(new SetAvailability(menuItemId, available, menu));
    }

    /** 86 an item, or bring it back. */
    record SetAvailability(int menuItemId, boolean available, MenuLookup menu) implements Command<Boolean> {
        @Override
        public Boolean apply(Tx tx) {
            int changed = tx.sql().update(MENU_ITEM).set(MENU_ITEM.AVAILABLE, available)
                    .where(MENU_ITEM.ID.eq(menuItemId)).execute();
            if (changed == 0) {
                throw Problem.notFound("There is no menu item " + menuItemId);
            }
            tx.log(seq -> new MenuChanged(seq, Wire.envelope(MenuChanged.TYPE, seq)));
            tx.afterCommit(menu::reload);
            return available;
        }
    }
}
