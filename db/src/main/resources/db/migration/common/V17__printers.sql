-- Network thermal printers (ESC/POS over raw TCP, port 9100). Each follows the event log as a
-- screen does: printed_seq is the last event whose tickets it has printed (or handed to its
-- fallback), so a printer that was off prints what it missed, and nothing twice.
CREATE TABLE printer (
    id             INT NOT NULL PRIMARY KEY,
    name           VARCHAR(60) NOT NULL,
    host           VARCHAR(253) NOT NULL,
    port           INT NOT NULL,
    -- 58 or 80 mm paper: 32 or 48 characters a line
    paper_mm       INT NOT NULL,
    -- the stations whose lines it prints, comma-separated ("GRILL,FRY"); empty for none
    stations       VARCHAR(400) DEFAULT '' NOT NULL,
    -- prints guests' receipts from the Bill panel
    receipts       BOOLEAN DEFAULT FALSE NOT NULL,
    -- prints its stations' tickets only while the kitchen screens are not following
    screens_down_only BOOLEAN DEFAULT FALSE NOT NULL,
    -- where its tickets go while it is offline or out of paper
    fallback_id    INT,
    -- how long it is offline or out of paper before its tickets go to the fallback
    fallback_after_s INT DEFAULT 20 NOT NULL,
    printed_seq    BIGINT DEFAULT 0 NOT NULL,
    -- the event whose slip a suite node is printing now, which node, and since when: with two
    -- suite nodes on one database, one prints each slip (a claim older than 30 s can be taken over)
    claimed_seq    BIGINT,
    claimed_by     VARCHAR(40),
    claimed_at     TIMESTAMP WITH TIME ZONE,
    -- READY, OFFLINE, PAPER_OUT, PAPER_LOW, or NEW before it was first reached
    state          VARCHAR(12) DEFAULT 'NEW' NOT NULL,
    removed        BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT printer_fallback_fk FOREIGN KEY (fallback_id) REFERENCES printer (id),
    CONSTRAINT printer_port_ck CHECK (port BETWEEN 1 AND 65535),
    CONSTRAINT printer_paper_ck CHECK (paper_mm IN (58, 80)),
    CONSTRAINT printer_fallback_after_ck CHECK (fallback_after_s BETWEEN 1 AND 600),
    CONSTRAINT printer_fallback_ck CHECK (fallback_id IS NULL OR fallback_id <> id)
);
