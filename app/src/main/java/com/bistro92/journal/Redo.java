package com.bistro92.journal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What one group wrote, in the order it was written, as the journal file keeps it: SQL statements
 * with their values inlined, and batches of staged rows. Replaying a group's redo on the database
 * as it was before the group gives exactly the database after it, because every value (ids and
 * times included) was decided by the writer and is written here literally.
 *
 * <p>A database that commits durably itself needs no redo: then only the writes are counted, so
 * that the writer still knows whether a group wrote anything, and nothing is rendered or kept.
 */
public final class Redo {

    private static final byte STATEMENT = 1;
    private static final byte BATCH = 2;

    private static final byte NULL = 0;
    private static final byte LONG = 1;
    private static final byte INT = 2;
    private static final byte STRING = 3;
    private static final byte DECIMAL = 4;
    private static final byte BOOLEAN = 5;
    private static final byte INSTANT = 6;
    private static final byte BYTES = 7;

    /** A byte buffer that can be cut back to an earlier size. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(4096);
        }

        void truncate(int size) {
            count = size;
        }
    }

    private final Buffer bytes = new Buffer();
    private final DataOutputStream out = new DataOutputStream(bytes);
    private final boolean recording;
    /** Writes seen when not recording. */
    private int writes;

    /** @param recording whether the writes are kept, or only counted */
    Redo(boolean recording) {
        this.recording = recording;
    }

    /** Whether {@link #statement} wants the statement's SQL. */
    boolean recording() {
        return recording;
    }

    /** The current size, to cut back to when a command is refused. */
    int mark() {
        return recording ? bytes.size() : writes;
    }

    void reset(int mark) {
        if (recording) {
            bytes.truncate(mark);
        } else {
            writes = mark;
        }
    }

    boolean isEmpty() {
        return recording ? bytes.size() == 0 : writes == 0;
    }

    byte[] toBytes() {
        return bytes.toByteArray();
    }

    /** A statement as executed, its values inlined (null when not {@link #recording()}). */
    void statement(String sql) {
        if (!recording) {
            writes++;
            return;
        }
        try {
            out.writeByte(STATEMENT);
            writeString(sql);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A batch of rows inserted with {@code sql}, one placeholder per value. */
    void batch(String sql, int width, List<Object[]> rows) {
        if (!recording) {
            writes++;
            return;
        }
        try {
            out.writeByte(BATCH);
            writeString(sql);
            out.writeInt(width);
            out.writeInt(rows.size());
            for (Object[] row : rows) {
                for (Object value : row) {
                    writeValue(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks that the writer can keep {@code value} in the journal; call when a row is staged. */
    static void checkType(Object value) {
        if (!(value == null || value instanceof Long || value instanceof Integer || value instanceof String
                || value instanceof BigDecimal || value instanceof Boolean || value instanceof Instant
                || value instanceof byte[])) {
            throw new IllegalArgumentException("A staged row cannot hold a " + value.getClass().getName());
        }
    }

    /** Binds a staged value the same way live and on replay. */
    static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            ps.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else {
            ps.setObject(index, value);
        }
    }

    /** Applies a group's redo to {@code connection}, inside the caller's transaction. */
    public static void replay(byte[] redo, Connection connection) throws SQLException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(redo))) {
            while (in.available() > 0) {
                byte kind = in.readByte();
                String sql = readString(in);
                if (kind == STATEMENT) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(sql);
                    }
                } else if (kind == BATCH) {
                    replayBatch(in, sql, connection);
                } else {
                    throw new SQLException("Unknown redo entry " + kind);
                }
            }
        } catch (IOException e) {
            throw new SQLException("The journal record is damaged", e);
        }
    }

    private static void replayBatch(DataInputStream in, String sql, Connection connection)
            throws IOException, SQLException {
        int width = in.readInt();
        int rows = in.readInt();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int r = 0; r < rows; r++) {
                for (int c = 1; c <= width; c++) {
                    bind(ps, c, readValue(in));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeString(String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    private void writeValue(Object value) throws IOException {
        switch (value) {
            case null -> out.writeByte(NULL);
            case Long l -> {
                out.writeByte(LONG);
                out.writeLong(l);
            }
            case Integer i -> {
                out.writeByte(INT);
                out.writeInt(i);
            }
            case String s -> {
                out.writeByte(STRING);
                writeString(s);
            }
            case BigDecimal d -> {
                out.writeByte(DECIMAL);
                writeString(d.toString());
            }
            case Boolean b -> {
                out.writeByte(BOOLEAN);
                out.writeBoolean(b);
            }
            case Instant t -> {
                out.writeByte(INSTANT);
                out.writeLong(t.getEpochSecond());
                out.writeInt(t.getNano());
            }
            case byte[] b -> {
                out.writeByte(BYTES);
                out.writeInt(b.length);
                out.write(b);
            }
            default -> throw new IllegalArgumentException("A staged row cannot hold a " + value.getClass().getName());
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case LONG -> in.readLong();
            case INT -> in.readInt();
            case STRING -> readString(in);
            case DECIMAL -> new BigDecimal(readString(in));
            case BOOLEAN -> in.readBoolean();
            case INSTANT -> Instant.ofEpochSecond(in.readLong(), in.readInt());
            case BYTES -> in.readNBytes(in.readInt());
            default -> throw new IOException("Unknown value type " + tag);
        };
    }
}
