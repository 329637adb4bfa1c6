-- The restaurant's settings, one row per key, written by the journal like every other change.
-- Values are text in one canonical form per key (see com.bistro92.settings.SettingsCodec), so that
-- a new setting needs no new column; an empty table is filled from bistro92.properties, or the
-- defaults, at the next start.
CREATE TABLE setting (
    setting_key   VARCHAR(60)   NOT NULL PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL
);
