-- The journal: every change is made by one writer, in groups. Each group is forced to the
-- journal file before it is acknowledged; the database itself is written to disk lazily.
-- journal.group is the last group this database holds, so that newer groups in the journal
-- file are replayed after a power cut.
INSERT INTO app_meta (meta_key, meta_value) VALUES ('journal.group', '0');

-- Events that only staff screens receive: pads are not told of them.
ALTER TABLE order_event ADD COLUMN staff_only BOOLEAN DEFAULT FALSE NOT NULL;

-- The event log is append-only and written by the journal alone, in the same group as the rows
-- it describes: its foreign keys only cost a lookup per event (and an index on table_id) on the
-- busiest insert path. order_event_order_ix still serves an order's history.
ALTER TABLE order_event DROP CONSTRAINT order_event_order_fk;
ALTER TABLE order_event DROP CONSTRAINT order_event_table_fk;
