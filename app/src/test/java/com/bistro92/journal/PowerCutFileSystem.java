package com.bistro92.journal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.h2.store.fs.FileBaseDefault;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A file system for H2 ({@code powercut:} paths) that can cut the power, the way SQLite's crash
 * tests do. Every write goes through to the real file, and is remembered until the file is forced
 * to the disk. A power cut then throws away what was not forced: all of it, or (as a disk that
 * wrote some of its cache in order would) the oldest part of it with the last write torn. A file
 * opened for synchronous writes ({@code "rwd"}, {@code "rws"}) keeps each write once it returns;
 * a cut in the middle of one keeps a part of it.
 * After the cut every read and write fails, as on a dead machine, until {@link Disk#restore}.
 *
 * <p>Creating, renaming and deleting files count as durable at once (a journaling file system
 * that keeps its metadata in order); only file contents are at risk.
 */
public final class PowerCutFileSystem extends FilePathWrapper {

    /** The scheme, used as the prefix of paths: {@code powercut:/data/bistro92}. */
    public static final String PREFIX = "powercut:";

    /** What the machine's disk has been told, shared by every file of this file system. */
    public static final class Disk {

        /** How a cut treats the writes that were not forced. */
        public enum Loss {
            /** Every write since the file was last forced is gone. */
            ALL,
            /** The disk wrote the oldest of them, in order, and was cut in the middle of one. */
            TORN_PREFIX
        }

        /** A write or truncation not yet forced: where, what was there before, and how long the file was. */
        private record Undo(String path, long position, byte[] before, int length, long sizeBefore) {
        }

        private final List<Undo> unforced = new ArrayList<>();
        private boolean dead;
        private long writesUntilCut = -1;
        private boolean failing;
        /** With {@link #failing}: the files that refuse writes, by a part of their path ("" for all). */
        private String failingFiles = "";
        private long writes;

        /** Cuts the power by itself after {@code writes} more writes (to any file). */
        public synchronized void cutAfter(long writes) {
            writesUntilCut = writes;
        }

        /** Whether the power is off. */
        public synchronized boolean isDead() {
            return dead;
        }

        /** Cuts the power now: unforced writes are lost as {@code loss} says. */
        public synchronized void cut(Loss loss, Random random) {
            if (dead) {
                return;
            }
            dead = true;
            int keep = loss == Loss.ALL ? 0 : random.nextInt(unforced.size() + 1);
            for (int i = unforced.size() - 1; i >= keep; i--) {
                Undo undo = unforced.get(i);
                int tornAt = i == keep && loss == Loss.TORN_PREFIX && undo.length() > 512
                        ? 512 * (1 + random.nextInt((undo.length() - 1) / 512)) : 0;
                rollBack(undo, tornAt);
            }
            unforced.clear();
        }

        /** Powers the machine up again: the files hold what survived. */
        public synchronized void restore() {
            dead = false;
            failing = false;
            writesUntilCut = -1;
            unforced.clear();
        }

        /** Makes every write fail (a full or broken disk) without losing anything, or heals it. */
        public synchronized void failWrites(boolean fail) {
            failWrites(fail, "");
        }

        /** As {@link #failWrites(boolean)}, for the files whose path holds {@code part} only. */
        public synchronized void failWrites(boolean fail, String part) {
            failing = fail;
            failingFiles = part;
        }

        /** Writes seen so far, for choosing cut points. */
        public synchronized long writes() {
            return writes;
        }

        /** Counts a write to {@code path}; true if the power goes off during it (then it is cut, and the write must fail). */
        synchronized boolean cutDuringWrite(String path) throws IOException {
            if (dead) {
                throw new IOException("The power is off");
            }
            if (failing && path.contains(failingFiles)) {
                throw new IOException("The disk refuses writes");
            }
            writes++;
            if (writesUntilCut == 0) {
                cut(Loss.ALL, new Random(writes));
                return true;
            }
            if (writesUntilCut > 0) {
                writesUntilCut--;
            }
            return false;
        }

        synchronized void checkAlive() throws IOException {
            if (dead) {
                throw new IOException("The power is off");
            }
        }

        synchronized void remember(String path, long position, byte[] before, int length, long sizeBefore) {
            unforced.add(new Undo(path, position, before, length, sizeBefore));
        }

        synchronized void forced(String path) {
            unforced.removeIf(u -> u.path().equals(path));
        }

        /** Puts back what was there before the write, but for its first {@code keepBytes} bytes. */
        private static void rollBack(Undo undo, int keepBytes) {
            try (FileChannel file = FileChannel.open(Path.of(undo.path()), StandardOpenOption.WRITE)) {
                if (keepBytes < undo.before().length) {
                    ByteBuffer old = ByteBuffer.wrap(undo.before(), keepBytes, undo.before().length - keepBytes);
                    long at = undo.position() + keepBytes;
                    while (old.hasRemaining()) {
                        at += file.write(old, at);
                    }
                }
                long keptEnd = Math.max(undo.sizeBefore(), undo.position() + keepBytes);
                if (file.size() > keptEnd) {
                    file.truncate(keptEnd);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot simulate the power cut", e);
            }
        }
    }

    private static final Disk DISK = new Disk();

    /** The one disk behind every {@code powercut:} path; tests use their own folders. */
    public static Disk disk() {
        return DISK;
    }

    /** Registers the file system with H2; safe to call more than once. */
    public static void register() {
        FilePath.register(new PowerCutFileSystem());
    }

    @Override
    public String getScheme() {
        return "powercut";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        DISK.checkAlive();
        return new CutChannel(getBase().open(mode), Path.of(getBase().toString()).toAbsolutePath().toString(),
                mode.equals("rwd") || mode.equals("rws"));
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return newFileChannelOutputStream(open("rw"), append);
    }

    @Override
    public InputStream newInputStream() throws IOException {
        DISK.checkAlive();
        return super.newInputStream();
    }

    /** A file whose writes are lost at a power cut unless forced. */
    private static final class CutChannel extends FileBaseDefault {

        private final FileChannel base;
        private final String path;
        private final boolean synchronous;

        CutChannel(FileChannel base, String path, boolean synchronous) {
            this.base = base;
            this.path = path;
            this.synchronous = synchronous;
        }

        @Override
        public long size() throws IOException {
            DISK.checkAlive();
            return base.size();
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            DISK.checkAlive();
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            synchronized (DISK) {
                int length = src.remaining();
                if (DISK.cutDuringWrite(path)) {
                    if (synchronous && length > 512) {
                        // the disk had written the first sectors when the power went
                        ByteBuffer part = src.duplicate();
                        part.limit(part.position() + 512 * (1 + (int) (position % ((length - 1) / 512))));
                        base.write(part, position);
                    }
                    throw new IOException("The power went off");
                }
                if (!synchronous) {
                    long size = base.size();
                    byte[] before = new byte[(int) Math.max(0, Math.min(length, size - position))];
                    base.read(ByteBuffer.wrap(before), position);
                    DISK.remember(path, position, before, length, size);
                }
                return base.write(src, position);
            }
        }

        @Override
        protected void implTruncate(long newLength) throws IOException {
            synchronized (DISK) {
                if (DISK.cutDuringWrite(path)) {
                    throw new IOException("The power went off");
                }
                long size = base.size();
                if (newLength < size) {
                    byte[] tail = new byte[(int) (size - newLength)];
                    base.read(ByteBuffer.wrap(tail), newLength);
                    DISK.remember(path, newLength, tail, tail.length, size);
                }
                base.truncate(newLength);
            }
        }

        @Override
        public void force(boolean metaData) throws IOException {
            synchronized (DISK) {
                DISK.checkAlive();
                base.force(metaData);
                DISK.forced(path);
            }
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
