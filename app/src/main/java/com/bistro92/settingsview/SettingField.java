package com.bistro92.settingsview;

import com.bistro92.settings.Settings;
import com.bistro92.settings.SettingsCodec;

/**
 * One editable setting as the Settings screen shows it: its group, label, explanation, the type of
 * its editor, and whether a change waits for a restart. Values travel as the setting's text form.
 */
enum SettingField {
    WARN(SettingsCodec.WARN, "Kitchen", "Yellow after (minutes)",
            "A ticket turns yellow when it has waited this long", Integer.class, false),
    LATE(SettingsCodec.LATE, "Kitchen", "Red after (minutes)",
            "A ticket turns red when it has waited this long", Integer.class, false),
    SOUND(SettingsCodec.SOUND, "Kitchen", "Chime on new ticket", "Play a short chime for each new ticket",
            Boolean.class, false),
    PORT(SettingsCodec.PORT, "Pads & network", "HTTP port", "Port of this computer's tools and the seed API",
            Integer.class, true),
    TLS_PORT(SettingsCodec.TLS_PORT, "Pads & network", "HTTPS port for pads", "Port pads use on the Wi-Fi",
            Integer.class, true),
    PADS_TLS(SettingsCodec.PADS_TLS, "Pads & network", "Pads must use HTTPS",
            "Pads on the LAN may pair and order only over HTTPS", Boolean.class, true),
    SERVER_NAMES(SettingsCodec.SERVER_NAMES, "Pads & network", "Host names",
            "Names this server answers to besides its addresses, separated by commas", String.class, true),
    MONITORING(SettingsCodec.MONITORING, "Pads & network", "Monitoring address",
            "The one computer that may read /metrics without the staff token (e.g. 192.168.1.20); empty: none",
            String.class, false),
    PAD_IDLE(SettingsCodec.PAD_IDLE, "Pads & network", "Clear a web pad after idle (minutes)",
            "A guest's half-built order on a web pad is cleared after this long without a touch (0.1 to 60)",
            Integer.class, false),
    GUESTS_OPEN(SettingsCodec.GUESTS_OPEN, "Pads & network", "Guests open their table",
            "On: a table without a party shows a one-time QR code on its pads; the party scans it with a phone to"
                    + " start ordering. Off: staff seat every table. Staff seating works either way",
            Boolean.class, false),
    BUSY_LATE(SettingsCodec.BUSY_LATE, "Pads & network", "Pads say the kitchen is busy from (late tickets)",
            "While this many tickets are past red, the pads tell guests the kitchen is busy, with the wait, before"
                    + " they order; 0 never", Integer.class, false),
    CURRENCY(SettingsCodec.CURRENCY, "Money", "Currency", "The currency prices are shown in (ISO code)",
            String.class, false),
    TAX_RATE(SettingsCodec.TAX_RATE, "Money", "Tax rate (%)", "The sales tax on bills, e.g. 10 or 8.875; 0 for none",
            String.class, false),
    TAX_INCLUDED(SettingsCodec.TAX_INCLUDED, "Money", "Prices include tax",
            "On: menu prices are what guests pay, and the bill shows the tax inside them. Off: tax is added",
            Boolean.class, false),
    AUTO_LOCK(SettingsCodec.AUTO_LOCK, "Security", "Lock after idle (minutes)",
            "A staff screen asks for a PIN again after this long unused; 0 never locks", Integer.class, false),
    BACKUP_FOLDER(SettingsCodec.BACKUP_FOLDER, "Backup", "Backup folder",
            "Where backups are written; a relative path is inside the data folder", String.class, false),
    BACKUP_DAILY(SettingsCodec.BACKUP_DAILY, "Backup", "Daily backup", "Make a backup every day at the set time",
            Boolean.class, false),
    BACKUP_AT(SettingsCodec.BACKUP_AT, "Backup", "Daily backup at (HH:mm)", "Local time of the daily backup",
            String.class, false),
    BACKUP_KEEP(SettingsCodec.BACKUP_KEEP, "Backup", "Backups to keep",
            "Older backup files are deleted after each new one", Integer.class, false),
    THEME(SettingsCodec.THEME, "Display", "Theme", "Light or dark colours (the kitchen PC is always dark)",
            Settings.Theme.class, false),
    TRAINING(SettingsCodec.TRAINING, "Display", "Training data",
            "Mark every screen TRAINING DATA: this data folder is a copy for practice", Boolean.class, false);

    final String key;
    final String category;
    final String label;
    final String description;
    final Class<?> type;
    final boolean restart;

    SettingField(String key, String category, String label, String description, Class<?> type, boolean restart) {
        this.key = key;
        this.category = category;
        this.label = label;
        this.description = description;
        this.type = type;
        this.restart = restart;
    }

    /** This field's value in {@code s}, typed for its editor (whole numbers are edited as text). */
    Object read(Settings s) {
        String text = SettingsCodec.write(s).get(key);
        if (type == Integer.class) {
            return Long.toString(Math.round(Double.parseDouble(text)));
        }
        if (type == Boolean.class) {
            return Boolean.parseBoolean(text);
        }
        if (type == Settings.Theme.class) {
            return Settings.Theme.valueOf(text);
        }
        return text;
    }

    /** The text form of an editor's value. */
    static String text(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value == null ? "" : value);
    }

    /** The field of {@code key}, for naming a validation error. */
    static String labelOf(String key) {
        for (SettingField f : values()) {
            if (f.key.equals(key)) {
                return f.category + " › " + f.label;
            }
        }
        return key;
    }
}
