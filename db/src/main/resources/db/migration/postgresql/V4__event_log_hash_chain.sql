-- A tamper-evident event log: each event carries SHA-256(previous event's hash || its own
-- content), computed by the journal's writer in seq order (the first event follows 32 zero
-- bytes). See com.bistro92.journal.LogChain for the exact bytes hashed.
ALTER TABLE order_event ADD COLUMN hash BYTEA CONSTRAINT order_event_hash_ck CHECK (OCTET_LENGTH(hash) = 32);

-- Events logged before this migration have no hash yet. The writer chains them once, in seq
-- order, at the next start, and then marks the log as chained: from then on an event without a
-- hash is a break in the chain, never chained again.
INSERT INTO app_meta (meta_key, meta_value) VALUES ('event_log.chain', 'pending');
