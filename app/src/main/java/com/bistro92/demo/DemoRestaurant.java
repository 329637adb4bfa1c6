package com.bistro92.demo;

import static com.bistro92.db.Tables.APP_META;
import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.MENU_CATEGORY;
import static com.bistro92.db.Tables.MENU_ITEM;
import static com.bistro92.db.Tables.MENU_ITEM_MODIFIER_GROUP;
import static com.bistro92.db.Tables.MODIFIER;
import static com.bistro92.db.Tables.MODIFIER_GROUP;
import static com.bistro92.db.Tables.SECTION;
import static com.bistro92.db.Tables.STAFF;

import com.bistro92.staff.FirstPin;
import com.bistro92.staff.PinHasher;
import com.bistro92.table.TableDirectory;
import com.bistro92.text.Keys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a brand-new database with a demo restaurant, exactly once: a menu of five categories,
 * twelve tables in two sections, and one manager account with a random first PIN. The PIN is
 * written to a private file ({@link FirstPin}), never to the log.
 */
public final class DemoRestaurant {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRestaurant.class);
    private static final String MARKER = "demo_seeded";

    private final DSLContext dsl;
    private final PinHasher pins;
    private final FirstPin firstPin;
    private final Clock clock;

    public DemoRestaurant(DSLContext dsl, PinHasher pins, FirstPin firstPin, Clock clock) {
        this.dsl = dsl;
        this.pins = pins;
        this.firstPin = firstPin;
        this.clock = clock;
    }

    /** Seeds the demo data unless this database was seeded before. Returns true if it seeded now. */
    public boolean seedIfNew() {
        String pin = pins.randomPin(6);
        boolean seeded = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(APP_META, APP_META.META_KEY.eq(MARKER))) {
                return false;
            }
            Instant now = clock.instant();
            seedTables(tx, now);
            seedMenu(tx);
            tx.insertInto(STAFF)
                    .set(STAFF.NAME, "Manager")
                    .set(STAFF.ROLE, "MANAGER")
                    .set(STAFF.PIN_HASH, pins.hash(pin))
                    .set(STAFF.MUST_CHANGE_PIN, true)
                    .set(STAFF.CREATED_AT, now)
                    .execute();
            tx.insertInto(APP_META).set(APP_META.META_KEY, MARKER).set(APP_META.META_VALUE, now.toString()).execute();
            // before the commit: a PIN nobody can read must not be the only way in
            writeFirstPin(pin);
            return true;
        });
        if (seeded) {
            LOG.warn("First start: created the demo restaurant. The manager's first PIN is in {}"
                    + " (it must be changed at first login).", firstPin.file().toAbsolutePath());
        }
        return seeded;
    }

    private void writeFirstPin(String pin) {
        try {
            firstPin.write(pin);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the manager's first PIN to " + firstPin.file(), e);
        }
    }

    private static void seedTables(DSLContext tx, Instant now) {
        int dining = section(tx, "Dining Room", 1);
        int terrace = section(tx, "Terrace", 2);
        for (int n = 1; n <= 12; n++) {
            String label = "Table " + n;
            tx.insertInto(DINING_TABLE)
                    .set(DINING_TABLE.LABEL, label)
                    .set(DINING_TABLE.LABEL_KEY, TableDirectory.key(label))
                    .set(DINING_TABLE.SECTION_ID, n <= 8 ? dining : terrace)
                    .set(DINING_TABLE.SEATS, n % 4 == 0 ? 6 : (n % 3 == 0 ? 2 : 4))
                    .set(DINING_TABLE.SORT_ORDER, n)
                    .set(DINING_TABLE.CREATED_AT, now)
                    .execute();
        }
    }

    private static int section(DSLContext tx, String name, int order) {
        return tx.insertInto(SECTION).set(SECTION.NAME, name).set(SECTION.SORT_ORDER, order)
                .returningResult(SECTION.ID).fetchSingle().value1();
    }

    private static void seedMenu(DSLContext tx) {
        Map<String, Integer> groups = new HashMap<>();
        for (DemoMenu.Group g : DemoMenu.GROUPS) {
            int id = tx.insertInto(MODIFIER_GROUP)
                    .set(MODIFIER_GROUP.NAME, g.name())
                    .set(MODIFIER_GROUP.MIN_CHOICES, g.min())
                    .set(MODIFIER_GROUP.MAX_CHOICES, g.max())
                    .returningResult(MODIFIER_GROUP.ID).fetchSingle().value1();
            groups.put(g.name(), id);
            int order = 0;
            for (DemoMenu.Choice c : g.choices()) {
                tx.insertInto(MODIFIER)
                        .set(MODIFIER.MODIFIER_GROUP_ID, id)
                        .set(MODIFIER.NAME, c.name())
                        .set(MODIFIER.PRICE_DELTA, new BigDecimal(c.delta()))
                        .set(MODIFIER.ALLERGENS, DemoMenu.allergens(c.name()))
                        .set(MODIFIER.SORT_ORDER, order++)
                        .execute();
            }
        }
        int categoryOrder = 0;
        for (DemoMenu.Category category : DemoMenu.CATEGORIES) {
            int categoryId = tx.insertInto(MENU_CATEGORY)
                    .set(MENU_CATEGORY.NAME, category.name())
                    .set(MENU_CATEGORY.NAME_KEY, Keys.of(category.name()))
                    .set(MENU_CATEGORY.SORT_ORDER, categoryOrder++)
                    .returningResult(MENU_CATEGORY.ID).fetchSingle().value1();
            int itemOrder = 0;
            for (DemoMenu.Item item : category.items()) {
                int itemId = tx.insertInto(MENU_ITEM)
                        .set(MENU_ITEM.CATEGORY_ID, categoryId)
                        .set(MENU_ITEM.NAME, item.name())
                        .set(MENU_ITEM.NAME_KEY, Keys.of(item.name()))
                        .set(MENU_ITEM.DESCRIPTION, item.description())
                        .set(MENU_ITEM.PRICE, new BigDecimal(item.price()))
                        .set(MENU_ITEM.PREP_MINUTES, item.prepMinutes())
                        .set(MENU_ITEM.STATION, item.station())
                        .set(MENU_ITEM.ALLERGENS, DemoMenu.allergens(item.name()))
                        .set(MENU_ITEM.SORT_ORDER, itemOrder++)
                        .returningResult(MENU_ITEM.ID).fetchSingle().value1();
                linkGroups(tx, itemId, item.groups(), groups);
            }
        }
    }

    private static void linkGroups(DSLContext tx, int itemId, List<String> names, Map<String, Integer> groups) {
        int order = 0;
        for (String name : names) {
            tx.insertInto(MENU_ITEM_MODIFIER_GROUP)
                    .set(MENU_ITEM_MODIFIER_GROUP.MENU_ITEM_ID, itemId)
                    .set(MENU_ITEM_MODIFIER_GROUP.MODIFIER_GROUP_ID, groups.get(name))
                    .set(MENU_ITEM_MODIFIER_GROUP.SORT_ORDER, order++)
                    .execute();
        }
    }
}
