package com.bistro92.settings;

import com.bistro92.journal.LoggedEvent;

/**
 * The settings were changed: every screen applies {@code settings} at once where it can. Only staff
 * hear of it; the wire form names who changed it, not the values.
 *
 * @param staffId who changed them, or null when no one was signed in
 */
public record SettingsChanged(long seq, String json, Settings settings, Integer staffId) implements LoggedEvent {

    /** The wire type. */
    public static final String TYPE = "settings_changed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Integer tableId() {
        return null;
    }

    @Override
    public boolean staffOnly() {
        return true;
    }
}
