package com.bistro92.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the suite's PostgreSQL database is: {@code postgresql://user@host:5432/bistro92}, as
 * {@code --database} gives it. The password is never part of it (a flag is seen by every user of
 * the PC): it is read from a file, or, without one, the driver looks in the user's {@code .pgpass}.
 *
 * @param host     the server's name or address
 * @param port     its port, 5432 unless given
 * @param name     the database's name
 * @param user     the role the suite logs in as
 * @param password the password, or null to let the driver find one ({@code .pgpass}) or go without
 */
public record PostgresAddress(String host, int port, String name, String user, String password) {

    public static final int DEFAULT_PORT = 5432;

    /** The scheme {@code --database} takes. */
    public static final String SCHEME = "postgresql";

    public PostgresAddress {
        if (host == null || host.isBlank() || name == null || name.isBlank() || user == null || user.isBlank()) {
            throw new IllegalArgumentException("A PostgreSQL address needs a host, a database and a user");
        }
    }

    /**
     * Reads {@code postgresql://user@host[:port]/database}.
     *
     * @throws IllegalArgumentException naming what is wrong, also for a password written into it
     */
    public static PostgresAddress parse(String address) {
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a database address: " + e.getMessage());
        }
        if (!SCHEME.equals(uri.getScheme())) {
            throw new IllegalArgumentException("A database address starts with " + SCHEME + "://");
        }
        String user = uri.getUserInfo();
        if (user != null && user.contains(":")) {
            throw new IllegalArgumentException("Put the database password in a file (--database-password-file),"
                    + " not in the address");
        }
        if (user == null) {
            throw new IllegalArgumentException("Say which user the suite logs in as: postgresql://USER@HOST/DATABASE");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.length() < 2 || path.indexOf('/', 1) >= 0 || uri.getQuery() != null) {
            throw new IllegalArgumentException("Name the database: postgresql://USER@HOST/DATABASE");
        }
        return new PostgresAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                path.substring(1), user, null);
    }

    /** This address with the password in {@code file} (its first line). */
    public PostgresAddress withPasswordFrom(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String password = (end < 0 ? text : text.substring(0, end)).strip();
            return new PostgresAddress(host, port, name, user, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database password file " + file, e);
        }
    }

    /** The JDBC URL, without the password. */
    public String jdbcUrl() {
        String server = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + server + ":" + port + "/" + name
                // an unanswered server must not hold the writer or a reader for long
                + "?connectTimeout=10&socketTimeout=60&tcpKeepAlive=true&ApplicationName=Bistro92";
    }

    /** The address as shown to people and in the log: never the password. */
    @Override
    public String toString() {
        return SCHEME + "://" + user + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + name;
    }
}
