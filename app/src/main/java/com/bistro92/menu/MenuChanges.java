package com.bistro92.menu;

import static com.bistro92.db.Tables.MENU_ITEM;

import com.bistro92.journal.Journal;
import com.bistro92.journal.Tx;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/**
 * Changes to the menu, each one command on the journal: checked inside its transaction (a refused
 * change writes nothing and answers a {@link com.bistro92.problem.Problem} that names the field),
 * logged as one {@code menu_changed} event saying what changed and who changed it, then the
 * in-memory menu is read again and every pad fetches the menu with its new ETag.
 *
 * <p>{@code by} is the id of the staff member making the change, recorded in the event as
 * {@code "by"}; null while the suite does not know who is signed in.
 */
public final class MenuChanges {

    private final Journal journal;
    private final MenuLookup menu;
    private final MenuWrites w;

    public MenuChanges(Journal journal, MenuLookup menu, ObjectMapper json) {
        this.journal = journal;
        this.menu = menu;
        this.w = new MenuWrites(menu, json);
        journal.otherNodes().decode(MenuChanged.TYPE, row -> new MenuChanged(row.seq(), row.payload()));
        journal.otherNodes().reloadOn(menu::reload, MenuChanged.TYPE);
    }

    /** 86s an item ({@code available} false) or brings it back; 404 for an item not on the menu. */
    public CompletableFuture<Boolean> setAvailability(int menuItemId, boolean available) {
        return setAvailability(menuItemId, available, null);
    }

    /**
     * Inside another feature's command (stock that ran out, or came in): {@code itemIds} 86'd, or back
     * on the menu, each logged as a menu change as the 86 switch logs it. Items already so are left alone.
     */
    public void availableInCommand(Tx tx, Collection<Integer> itemIds, boolean available) {
        // one read for all of them, then a write and a logged change for each that is not so already
        var toChange = tx.sql().select(MENU_ITEM.ID, MENU_ITEM.NAME).from(MENU_ITEM)
                .where(MENU_ITEM.ID.in(itemIds)).and(MENU_ITEM.HIDDEN.isFalse())
                .and(MENU_ITEM.AVAILABLE.ne(available)).orderBy(MENU_ITEM.ID).fetch();
        for (var item : toChange) {
            tx.sql().update(MENU_ITEM).set(MENU_ITEM.AVAILABLE, available).where(MENU_ITEM.ID.eq(item.value1()))
                    .execute();
            w.changed(tx, available ? "item_back" : "item_86d", item.value1(), item.value2(), null);
        }
    }


    /**
     * Pauses every dish of {@code minutes} or more of prep at once while the kitchen is overloaded
     * ({@code pause} true), or brings back the dishes so paused; answers their names.
     */
    public CompletableFuture<java.util.List<String>> pauseLong(int minutes, boolean pause, Integer by) {
        return journal.submit(new ItemCommands.PauseLong(minutes, pause, by, w));
    }

    public CompletableFuture<Boolean> setAvailability(int menuItemId, boolean available, Integer by) {
        return journal.submit(new ItemCommands.SetAvailability(menuItemId, available, by, w));
    }

    // ---------------------------------------------------------------- categories

    /** Adds a category at the end of the menu; answers its id. */
    public CompletableFuture<Integer> addCategory(String name, Integer by) {
        return journal.submit(new CategoryCommands.Add(name, by, w));
    }

    public CompletableFuture<Void> renameCategory(int id, String name, Integer by) {
        return journal.submit(new CategoryCommands.Rename(id, name, by, w));
    }

    /** Moves a category to {@code index}, 0 being the first on the menu. */
    public CompletableFuture<Void> moveCategory(int id, int index, Integer by) {
        return journal.submit(new CategoryCommands.Move(id, index, by, w));
    }

    /** Takes an empty category off the menu (409 while it lists items). */
    public CompletableFuture<Void> removeCategory(int id, Integer by) {
        return journal.submit(new CategoryCommands.Remove(id, by, w));
    }

    // ---------------------------------------------------------------- items

    /** Adds an item at the end of its category; answers its id. */
    public CompletableFuture<Integer> addItem(ItemDraft item, Integer by) {
        return journal.submit(new ItemCommands.Add(item, by, w));
    }

    /** Changes an item; orders already placed keep the name and price they were placed with. */
    public CompletableFuture<Void> updateItem(int id, ItemDraft item, Integer by) {
        return journal.submit(new ItemCommands.Update(id, item, by, w));
    }

    /** Moves an item to {@code index} within its category, 0 being the first. */
    public CompletableFuture<Void> moveItem(int id, int index, Integer by) {
        return journal.submit(new ItemCommands.Move(id, index, by, w));
    }

    /** Takes an item off the menu (it stays in the database for the orders that name it). */
    public CompletableFuture<Void> removeItem(int id, Integer by) {
        return journal.submit(new ItemCommands.Remove(id, by, w));
    }

    /** Sets the item's photo, made by {@link PhotoScaler#scale}; null removes it. */
    public CompletableFuture<Void> setPhoto(int id, Photo photo, Integer by) {
        return journal.submit(new ItemCommands.SetPhoto(id, photo, by, w));
    }

    // ---------------------------------------------------------------- modifiers

    /** Adds a modifier group offered with item {@code itemId}; answers the group's id. */
    public CompletableFuture<Integer> addGroup(int itemId, GroupDraft group, Integer by) {
        return journal.submit(new ModifierCommands.AddGroup(itemId, group, by, w));
    }

    /** Changes a group for every item that offers it. */
    public CompletableFuture<Void> updateGroup(int groupId, GroupDraft group, Integer by) {
        return journal.submit(new ModifierCommands.UpdateGroup(groupId, group, by, w));
    }

    public CompletableFuture<Void> linkGroup(int itemId, int groupId, Integer by) {
        return journal.submit(new ModifierCommands.LinkGroup(itemId, groupId, by, w));
    }

    public CompletableFuture<Void> unlinkGroup(int itemId, int groupId, Integer by) {
        return journal.submit(new ModifierCommands.UnlinkGroup(itemId, groupId, by, w));
    }

    /** Adds a modifier at the end of group {@code groupId}; answers its id. */
    public CompletableFuture<Integer> addModifier(int groupId, ModifierDraft modifier, Integer by) {
        return journal.submit(new ModifierCommands.AddModifier(groupId, modifier, by, w));
    }

    public CompletableFuture<Void> updateModifier(int id, ModifierDraft modifier, Integer by) {
        return journal.submit(new ModifierCommands.UpdateModifier(id, modifier, by, w));
    }

    public CompletableFuture<Void> removeModifier(int id, Integer by) {
        return journal.submit(new ModifierCommands.RemoveModifier(id, by, w));
    }

    // ---------------------------------------------------------------- CSV

    /** The whole menu as CSV ({@link MenuCsv#COLUMNS}). */
    public String exportCsv() {
        return MenuCsv.export(menu.menu());
    }

    /** What importing {@code csv} would change; writes nothing. Reads the whole file: call it off the FX thread. */
    public ImportPreview previewImport(java.io.Reader csv) {
        return ImportPreview.of(MenuCsv.read(csv), menu.menu(), menu.groups());
    }

    /**
     * Imports a previewed file in one command: its new and changed rows, and with
     * {@code removeMissing} takes the items it does not list off the menu. Refused whole (422,
     * nothing written) when the preview has a bad row or a row no longer passes the checks.
     */
    public CompletableFuture<ImportResult> importMenu(ImportPreview preview, boolean removeMissing,
                                                             Integer by) {
        if (!preview.importable()) {
            return CompletableFuture.failedFuture(com.bistro92.problem.Problem.unprocessable(
                    "The import was refused; nothing was changed", preview.bad().isEmpty()
                            ? java.util.List.of(new com.bistro92.problem.Problem.FieldError("file", "The file has no rows"))
                            : preview.bad().stream().map(b -> new com.bistro92.problem.Problem.FieldError(
                                    "line " + b.line(), b.reason())).toList()));
        }
        java.util.List<CsvItem> rows = preview.rows().stream().map(ImportPreview.Row::item).toList();
        return journal.submit(new ImportCommand(rows, removeMissing, by, w));
    }
}
