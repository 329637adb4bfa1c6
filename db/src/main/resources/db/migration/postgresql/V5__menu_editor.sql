-- The menu editor: categories and items can be taken off the menu, items can carry a photo.

-- A category or item taken off the menu stays in the database: past orders still point at its
-- items. Only what is on the menu must have a unique name, so the names' uniqueness moves to
-- generated columns that are NULL once a row is hidden (the same idea as table_session's
-- open_table_id).
ALTER TABLE menu_category ADD COLUMN hidden BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE menu_category ADD COLUMN name_key VARCHAR(60);
UPDATE menu_category SET name_key = LOWER(TRIM(name));
ALTER TABLE menu_category ALTER COLUMN name_key SET NOT NULL;
ALTER TABLE menu_category DROP CONSTRAINT menu_category_name_uk;
ALTER TABLE menu_category ADD COLUMN live_name_key VARCHAR(60)
    GENERATED ALWAYS AS (CASE WHEN hidden THEN NULL ELSE name_key END) STORED;
ALTER TABLE menu_category ADD CONSTRAINT menu_category_live_name_uk UNIQUE (live_name_key);

-- An item's name is unique on the whole menu, not only in its category: seed clients order by
-- name, and a name must mean one item.
ALTER TABLE menu_item ADD COLUMN hidden BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE menu_item DROP CONSTRAINT menu_item_name_key_uk;
ALTER TABLE menu_item ADD COLUMN live_name_key VARCHAR(120)
    GENERATED ALWAYS AS (CASE WHEN hidden THEN NULL ELSE name_key END) STORED;
ALTER TABLE menu_item ADD CONSTRAINT menu_item_live_name_uk UNIQUE (live_name_key);

-- One photo per item, already scaled to at most 480 px on its longer side.
CREATE TABLE menu_item_photo (
    menu_item_id INT NOT NULL PRIMARY KEY,
    media_type   VARCHAR(20) NOT NULL,
    width        INT NOT NULL,
    height       INT NOT NULL,
    bytes        BYTEA NOT NULL,
    CONSTRAINT menu_item_photo_item_fk FOREIGN KEY (menu_item_id) REFERENCES menu_item (id) ON DELETE CASCADE,
    CONSTRAINT menu_item_photo_type_ck CHECK (media_type IN ('image/png', 'image/jpeg')),
    CONSTRAINT menu_item_photo_size_ck CHECK (width BETWEEN 1 AND 480 AND height BETWEEN 1 AND 480),
    CONSTRAINT menu_item_photo_bytes_ck CHECK (OCTET_LENGTH(bytes) <= 1048576)
);
