-- The journal: every change is made by one writer, in groups. Each group is forced to the
-- journal file before it is acknowledged; the database itself is written to disk lazily.
-- journal.group is the last group this database holds, so that newer groups in the journal
-- file are replayed after a power cut.
INSERT INTO app_meta (meta_key, meta_value) VALUES ('journal.group', '0');

-- Events that only staff screens receive: pads are not told of them.
ALTER TABLE order_event ADD COLUMN staff_only BOOLEAN DEFAULT FALSE NOT NULL;
