package com.bistro92.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.h2.store.fs.FilePath;

/**
 * The journal file: each group's redo, appended and forced to the disk before anyone hears of
 * the group. It is two files used in turn: after a checkpoint has made the database itself
 * durable, the older file is emptied and writing goes on in it.
 *
 * <p>Files are reached through H2's {@link FilePath}, like the database, so that one file system
 * (a test one that can cut the power, say) serves both.
 *
 * <p>A record is {@code magic, group, length, CRC-32C, redo}. Reading stops at the first record
 * that is incomplete or damaged: that is where a power cut interrupted an append.
 */
final class JournalFile implements AutoCloseable {

    /** One group's redo, as read back. */
    record Entry(long group, byte[] redo) {
    }

    private static final int MAGIC = 0xB92_10A1;
    private static final int HEADER = 4 + 8 + 4 + 4;
    private static final int MAX_RECORD = 256 << 20;

    private final FileChannel[] segments = new FileChannel[2];
    private int active;
    private long position;

    private JournalFile(FileChannel first, FileChannel second) {
        segments[0] = first;
        segments[1] = second;
    }

    /** Opens (creating if needed) the two files {@code base.0} and {@code base.1}; {@code base} is an H2 file path. */
    static JournalFile open(String base) throws IOException {
        FileChannel first = FilePath.get(base + ".0").open("rw");
        try {
            return new JournalFile(first, FilePath.get(base + ".1").open("rw"));
        } catch (IOException e) {
            first.close();
            throw e;
        }
    }

    /** Every complete record of both files, in file order. */
    List<Entry> readAll() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (FileChannel segment : segments) {
            read(segment, entries);
        }
        return entries;
    }

    private static void read(FileChannel segment, List<Entry> into) throws IOException {
        long size = segment.size();
        long at = 0;
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        while (at + HEADER <= size) {
            header.clear();
            readFully(segment, header, at);
            header.flip();
            int magic = header.getInt();
            long group = header.getLong();
            int length = header.getInt();
            int crc = header.getInt();
            if (magic != MAGIC || length < 0 || length > MAX_RECORD || at + HEADER + length > size) {
                return;
            }
            ByteBuffer body = ByteBuffer.allocate(length);
            readFully(segment, body, at + HEADER);
            if (crc != checksum(group, body.array())) {
                return;
            }
            into.add(new Entry(group, body.array()));
            at += HEADER + length;
        }
    }

    /**
     * Appends one group's redo and forces it to the disk. If that fails, the file is cut back to
     * where it was, and the next append writes there again.
     */
    void append(long group, byte[] redo) throws IOException {
        ByteBuffer record = ByteBuffer.allocate(HEADER + redo.length);
        record.putInt(MAGIC).putLong(group).putInt(redo.length).putInt(checksum(group, redo)).put(redo).flip();
        FileChannel segment = segments[active];
        try {
            long at = position;
            while (record.hasRemaining()) {
                at += segment.write(record, at);
            }
            segment.force(false);
            position = at;
        } catch (IOException e) {
            try {
                segment.truncate(position);
            } catch (IOException ignored) {
                // the next append overwrites from the same position anyway
                e.addSuppressed(ignored);
            }
            throw e;
        }
    }

    /** Bytes appended to the file in use since it was last emptied. */
    long size() {
        return position;
    }

    /**
     * Empties the file not in use and writes on in it. Call only once the database itself holds,
     * durably, every group in the file not in use.
     */
    void rotate() throws IOException {
        int next = 1 - active;
        segments[next].truncate(0);
        segments[next].force(true);
        active = next;
        position = 0;
    }

    /** Empties both files; call only once the database durably holds every group in them. */
    void clear() throws IOException {
        for (FileChannel segment : segments) {
            segment.truncate(0);
            segment.force(true);
        }
        active = 0;
        position = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            segments[0].close();
        } finally {
            segments[1].close();
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer into, long at) throws IOException {
        long pos = at;
        while (into.hasRemaining()) {
            int n = channel.read(into, pos);
            if (n < 0) {
                throw new IOException("The journal file ended early");
            }
            pos += n;
        }
    }

    private static int checksum(long group, byte[] redo) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(8).putLong(group).flip());
        crc.update(redo);
        return (int) crc.getValue();
    }
}
