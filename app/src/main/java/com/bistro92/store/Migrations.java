package com.bistro92.store;

/**
 * Where each database's Flyway migrations are: those every database shares in
 * {@code db/migration/common}, and those written in one database's own SQL in a folder of its own
 * ({@code db/migration/h2}, {@code db/migration/postgresql}), with the same version in each. Flyway
 * has no placeholder for the vendor in a location, so the folders are chosen here, in code, and
 * every use of Flyway asks for them. A migration that moves between folders keeps its checksum:
 * databases already migrated see no change.
 */
public enum Migrations {

    H2("h2"),
    POSTGRESQL("postgresql");

    private final String folder;

    Migrations(String folder) {
        this.folder = folder;
    }

    /** The Flyway locations of this database's migrations. */
    public String[] locations() {
        return new String[]{"classpath:db/migration/common", "classpath:db/migration/" + folder};
    }
}
