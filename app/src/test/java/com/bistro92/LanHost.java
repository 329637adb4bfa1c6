package com.bistro92;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Another computer on the restaurant's LAN, for tests of what a device on the Wi-Fi may do.
 *
 * <p>The server treats this computer (loopback) as trusted and exempts it from every per-device
 * rule, so a test that talks from 127.0.0.1 cannot see those rules at work, nor their bugs. This
 * host is a Linux network namespace of its own, joined to this one by a veth pair: its packets
 * cross a real second network stack and reach the server from a real second address
 * ({@link #address(int)}), as a guest's phone's would. Sockets are made on a thread that has
 * entered the namespace ({@code setns}, through the JDK's foreign function API); they stay in it
 * whichever thread then uses them.
 *
 * <p>It needs root and iproute2's {@code ip} (CI runs as root). Where namespaces cannot be made,
 * the host falls back to this machine's own non-loopback address, which the server also sees as
 * another device; where there is none either, it fails with a message that says what is missing.
 * One host serves the whole test JVM, and is removed when the JVM exits.
 */
public final class LanHost {

    private static final int CLONE_NEWNET = 0x40000000;
    private static final int O_RDONLY = 0;
    /** The host number, in the LAN host's block, of this computer's second address: the one {@link #cut} cuts. */
    private static final int CUTTABLE = 254;
    private static LanHost shared;

    private final String namespace;
    private final String hostSide;
    private final String deviceSide;
    private final int block;
    private final InetAddress server;
    private final ExecutorService inside;
    private final BitSet added = new BitSet();

    private LanHost(String namespace, String hostSide, String deviceSide, int block, InetAddress server,
                    ExecutorService inside) {
        this.namespace = namespace;
        this.hostSide = hostSide;
        this.deviceSide = deviceSide;
        this.block = block;
        this.server = server;
        this.inside = inside;
    }

    /** The LAN host of this test JVM, made the first time it is asked for. */
    public static synchronized LanHost get() {
        if (shared == null) {
            shared = make();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::remove, "lan-host-removal"));
        }
        return shared;
    }

    /** Whether the host is a network namespace of its own (the faithful way), not this machine's LAN address. */
    public boolean isNamespace() {
        return namespace != null;
    }

    /** The address at which the devices reach this computer's server. */
    public InetAddress serverAddress() {
        return server;
    }

    /**
     * The address of device {@code n} (0 to 249): each is another address of the LAN host, so
     * that a test can play several devices. Without a namespace, every device has this machine's
     * one address.
     */
    public synchronized InetAddress address(int n) {
        if (n < 0 || n >= 250) {
            throw new IllegalArgumentException("devices are numbered 0 to 249, not " + n);
        }
        if (!isNamespace()) {
            return server;
        }
        InetAddress address = blockAddress(block, n + 2);
        if (!added.get(n)) {
            if (n > 0) {
                run("ip", "-n", namespace, "addr", "add", address.getHostAddress() + "/24", "dev", deviceSide);
            }
            added.set(n);
        }
        return address;
    }

    /** The first device's address. */
    public InetAddress address() {
        return address(0);
    }

    /**
     * A command line that runs {@code argv} on the LAN host, as a program on a device at the tables
     * would run (a browser, say): inside the namespace, or as it is without one.
     */
    public List<String> command(String... argv) {
        List<String> line = new ArrayList<>();
        if (isNamespace()) {
            line.addAll(List.of("ip", "netns", "exec", namespace));
        }
        line.addAll(List.of(argv));
        return line;
    }

    /**
     * This computer's second address on the LAN, which {@link #cut} can cut while the first stays up
     * (for a browser's driver, say). Needs a namespace.
     */
    public InetAddress cuttableServerAddress() {
        if (!isNamespace()) {
            throw new IllegalStateException("A second address to cut needs the LAN host's own network namespace");
        }
        return blockAddress(block, CUTTABLE);
    }

    /**
     * Cuts the LAN host off from {@link #cuttableServerAddress()}, as a Wi-Fi that drops out does:
     * what the devices send there is lost without a word, so a connection goes silent rather than
     * closed.
     */
    public void cut() {
        run("ip", "-n", namespace, "route", "add", "blackhole", cuttableServerAddress().getHostAddress() + "/32");
    }

    /** Ends the {@link #cut}: the devices reach this computer's second address again. */
    public void mend() {
        if (isNamespace()) {
            runQuietly("ip", "-n", namespace, "route", "del", "blackhole",
                    cuttableServerAddress().getHostAddress() + "/32");
        }
    }

    /** A TCP connection from device 0 to this computer's {@code port}. */
    public Socket connect(int port) throws IOException {
        return connect(0, port);
    }

    /** A TCP connection from device {@code n} to this computer's {@code port}, with a 15 s read timeout. */
    public Socket connect(int n, int port) throws IOException {
        InetAddress from = address(n);
        SocketChannel channel = open();
        try {
            if (isNamespace()) {
                channel.bind(new InetSocketAddress(from, 0));
            }
            Socket socket = channel.socket();
            socket.connect(new InetSocketAddress(server, port), 5_000);
            socket.setSoTimeout(15_000);
            return socket;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private SocketChannel open() throws IOException {
        if (inside == null) {
            return SocketChannel.open();
        }
        try {
            java.util.concurrent.Callable<SocketChannel> opening = SocketChannel::open;
            return inside.submit(opening).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (Exception e) {
            throw new IOException("The LAN host did not open a socket", e);
        }
    }

    // ------------------------------------------------------------------ making and removing it

    private static LanHost make() {
        List<String> why = new ArrayList<>();
        try {
            return namespaced();
        } catch (Exception e) {
            why.add("a network namespace could not be made (" + e.getMessage() + ")");
        }
        InetAddress own = ownLanAddress();
        if (own != null) {
            return new LanHost(null, null, null, 0, own, null);
        }
        why.add("this machine has no non-loopback IPv4 address");
        throw new IllegalStateException("Tests of devices on the Wi-Fi need another address than 127.0.0.1: "
                + String.join("; ", why) + ". Run them as root with iproute2 installed (as CI does), or on a"
                + " machine with a network interface.");
    }

    private static LanHost namespaced() throws Exception {
        long pid = ProcessHandle.current().pid();
        removeStale();
        String namespace = "b92-" + pid;
        String hostSide = "b92h" + pid;
        String deviceSide = "b92d" + pid;
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "bistro92-lan-host.lock");
        int block;
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockChannel.lock()) {
            block = freeBlock(pid);
            run("ip", "netns", "add", namespace);
            try {
                run("ip", "link", "add", hostSide, "type", "veth", "peer", "name", deviceSide);
                run("ip", "link", "set", deviceSide, "netns", namespace);
                run("ip", "addr", "add", blockAddress(block, 1).getHostAddress() + "/24", "dev", hostSide);
                run("ip", "addr", "add", blockAddress(block, CUTTABLE).getHostAddress() + "/24", "dev", hostSide);
                run("ip", "link", "set", hostSide, "up");
                run("ip", "-n", namespace, "addr", "add", blockAddress(block, 2).getHostAddress() + "/24", "dev",
                        deviceSide);
                run("ip", "-n", namespace, "link", "set", deviceSide, "up");
                run("ip", "-n", namespace, "link", "set", "lo", "up");
            } catch (RuntimeException e) {
                runQuietly("ip", "netns", "del", namespace);
                runQuietly("ip", "link", "del", hostSide);
                throw e;
            }
        }
        ExecutorService inside = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(() -> {
                enter(Path.of("/var/run/netns", namespace));
                task.run();
            }, "lan-host-" + namespace);
            t.setDaemon(true);
            return t;
        });
        LanHost host = new LanHost(namespace, hostSide, deviceSide, block, blockAddress(block, 1), inside);
        host.added.set(0);
        host.checkReachable();
        return host;
    }

    /** Connects once to a throwaway listener here, to prove that the namespace's packets arrive. */
    private void checkReachable() throws IOException {
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1, server);
             Socket s = connect(0, listener.getLocalPort());
             Socket accepted = listener.accept()) {
            InetAddress seen = accepted.getInetAddress();
            if (!seen.equals(address(0))) {
                throw new IOException("the server saw " + seen + ", not the LAN host's " + address(0));
            }
        }
    }

    /**
     * Network blocks 10.(64 + k / 256).(k % 256).0/24 inside 10.64.0.0/10, one per test JVM; the
     * devices' extra addresses are numbered within the block. {@code k} starts from the process id,
     * and skips blocks this machine already has an address in.
     */
    private static int freeBlock(long pid) throws SocketException {
        BitSet used = new BitSet();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                byte[] b = a.getAddress();
                if (a instanceof Inet4Address && b[0] == 10 && (b[1] & 0xc0) == 64) {
                    used.set(((b[1] & 0x3f) << 8) | (b[2] & 0xff));
                }
            }
        }
        int start = (int) (pid % (64 * 256));
        for (int i = 0; i < 64 * 256; i++) {
            int k = (start + i) % (64 * 256);
            if (!used.get(k)) {
                return k;
            }
        }
        throw new IllegalStateException("no free network block in 10.64.0.0/10");
    }

    private static InetAddress blockAddress(int block, int host) {
        try {
            return InetAddress.getByAddress(new byte[] {10, (byte) (64 + block / 256), (byte) (block % 256),
                    (byte) host});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes namespaces that test JVMs killed before their exit left behind. */
    private static void removeStale() {
        Path dir = Path.of("/var/run/netns");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var names = Files.list(dir)) {
            for (Path p : names.toList()) {
                String name = p.getFileName().toString();
                if (name.matches("b92-\\d+")) {
                    long owner = Long.parseLong(name.substring(4));
                    if (ProcessHandle.of(owner).isEmpty()) {
                        runQuietly("ip", "netns", "del", name);
                        runQuietly("ip", "link", "del", "b92h" + owner);
                    }
                }
            }
        } catch (IOException e) {
            // nothing to clean, or no right to: the new namespace's own steps say what is wrong
        }
    }

    private void remove() {
        if (namespace != null) {
            runQuietly("ip", "netns", "del", namespace);
            runQuietly("ip", "link", "del", hostSide);
        }
    }

    private static InetAddress ownLanAddress() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        return a;
                    }
                }
            }
        } catch (SocketException e) {
            return null;
        }
        return null;
    }

    // ------------------------------------------------------------------ the system calls

    /** Moves the calling thread into the network namespace at {@code path}. */
    private static void enter(Path path) {
        Linker linker = Linker.nativeLinker();
        var libc = linker.defaultLookup();
        MethodHandle open = linker.downcallHandle(libc.find("open").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        MethodHandle setns = linker.downcallHandle(libc.find("setns").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        MethodHandle close = linker.downcallHandle(libc.find("close").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment name = arena.allocateFrom(path.toString());
            int fd = (int) open.invokeExact(name, O_RDONLY);
            if (fd < 0) {
                throw new IllegalStateException("cannot open " + path);
            }
            int rc = (int) setns.invokeExact(fd, CLONE_NEWNET);
            int ignored = (int) close.invokeExact(fd);
            if (rc != 0) {
                throw new IllegalStateException("setns into " + path + " failed");
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static void run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + ": " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(command[0] + " could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void runQuietly(String... command) {
        try {
            run(command);
        } catch (RuntimeException e) {
            // already gone
        }
    }

    @Override
    public String toString() {
        return isNamespace() ? "LAN host " + address(0).getHostAddress() + " (namespace " + namespace + ")"
                : "this machine's LAN address " + server.getHostAddress();
    }
}
