package com.bistro92.settings;

import static com.bistro92.db.Tables.SETTING;

import com.bistro92.journal.Command;
import com.bistro92.journal.Journal;
import com.bistro92.journal.Tx;
import com.bistro92.json.Envelope;
import com.bistro92.problem.Problem;
import com.bistro92.problem.Problem.FieldError;
import com.bistro92.staff.Authority;
import com.bistro92.staff.Permission;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings in the database: {@link #current()} for any reader, {@link #change} through the
 * journal. A change logs one {@link SettingsChanged}, which every screen hears on the event stream
 * after it is durable; {@code current()} holds the new value from then on.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Journal journal;
    private final AtomicReference<Settings> current;

    /** Reads the settings the database holds; call {@link #seedIfEmpty} first on a new database. */
    public SettingsStore(Journal journal, DSLContext reads, ObjectMapper json) {
        this.journal = journal;
        this.current = new AtomicReference<>(read(reads));
        // another suite node changed them: its event names who, the database holds what
        journal.otherNodes().decode(SettingsChanged.TYPE, row -> {
            Settings now = read(reads);
            current.set(now);
            return new SettingsChanged(row.seq(), row.payload(), now, Envelope.read(json, row.payload()).number("staff_id"));
        });
    }

    /** The settings now in force. */
    public Settings current() {
        return current.get();
    }

    /**
     * Saves {@code settings}; the future fails with a 422 {@link Problem} naming each wrong value,
     * and then nothing is written.
     *
     * @param staffId who makes the change, or null when no one is signed in
     */
    public CompletableFuture<Settings> change(Settings settings, Integer staffId) {
        List<FieldError> errors = SettingsCheck.problems(settings);
        if (!errors.isEmpty()) {
            return CompletableFuture.failedFuture(Problem.unprocessable("The settings were not saved", errors));
        }
        return journal.submit(new Change(settings, staffId, current));
    }

    /**
     * Fills an empty {@code setting} table with {@code first} (the properties file's values, or the
     * defaults), before the journal's writer starts; a checkpoint then makes it durable.
     *
     * @return whether it seeded
     */
    public static boolean seedIfEmpty(DSLContext dsl, Settings first) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(SETTING)) {
                return false;
            }
            SettingsCodec.write(first).forEach((k, v) ->
                    tx.insertInto(SETTING, SETTING.SETTING_KEY, SETTING.SETTING_VALUE).values(k, v).execute());
            LOG.info("Settings stored in the database for the first time");
            return true;
        });
    }

    private static Settings read(DSLContext reads) {
        Map<String, String> values = new HashMap<>();
        reads.select(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).from(SETTING)
                .forEach(r -> values.put(r.value1(), r.value2()));
        return SettingsCodec.lenient(values, Settings.DEFAULTS);
    }

    /** Writes every key of the new settings and logs the change. */
    record Change(Settings settings, Integer staffId, AtomicReference<Settings> current) implements Command<Settings> {
        @Override
        public Settings apply(Tx tx) {
            Authority.require(tx, staffId, Permission.CHANGE_SETTINGS);
            SettingsCodec.write(settings).forEach((k, v) -> tx.sql().mergeInto(SETTING)
                    .using(tx.sql().selectOne())
                    .on(SETTING.SETTING_KEY.eq(k))
                    .whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, v)
                    .whenNotMatchedThenInsert(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).values(k, v)
                    .execute());
            tx.log(seq -> new SettingsChanged(seq, wire(seq, staffId), settings, staffId));
            tx.afterCommit(() -> current.set(settings));
            return settings;
        }

        private static String wire(long seq, Integer staffId) {
            return "{\"type\":\"" + SettingsChanged.TYPE + "\",\"seq\":" + seq + ",\"staff_id\":" + staffId + "}";
        }
    }
}
