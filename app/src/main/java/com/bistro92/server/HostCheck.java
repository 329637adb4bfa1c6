package com.bistro92.server;

import com.bistro92.net.LanAddress;
import java.net.InetAddress;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which names this server answers to, against DNS rebinding and cross-site requests: a page at
 * {@code evil.example} that makes its name resolve to this PC still sends {@code Host:
 * evil.example}, which is refused; and a page from any other site sends its {@code Origin}, which
 * must be this server itself.
 *
 * <p>Allowed hosts: {@code localhost}, any loopback address, the address the request arrived at,
 * this PC's LAN addresses and host name, and the names configured for it. The address a request
 * arrived at is this server whatever the network did since the addresses were last read (a new
 * address from DHCP, a network joined): an address literal is never a name that a page could make
 * resolve here.
 */
final class HostCheck {

    /** How often the LAN addresses are read again, when a host is not known: DHCP may move the PC. */
    private static final long REFRESH_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

    private final Set<String> configured;
    private volatile Set<String> names;
    private volatile long readAt;

    HostCheck(Set<String> configured) {
        this.configured = Set.copyOf(configured);
        this.names = read();
        this.readAt = System.nanoTime();
    }

    private Set<String> read() {
        Set<String> all = new HashSet<>();
        all.add("localhost");
        all.addAll(LanAddress.all());
        try {
            String host = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
            all.add(host);
            all.add(host + ".local");
        } catch (java.io.IOException e) {
            // no host name: addresses and localhost remain
        }
        configured.forEach(n -> all.add(n.strip().toLowerCase(Locale.ROOT)));
        return Set.copyOf(all);
    }

    /** Whether {@code host} (from the Host header, without the port; null when absent) is this server. */
    boolean isThisServer(String host) {
        return isThisServer(host, null);
    }

    /**
     * Whether {@code host} (from the Host header, without the port; null when absent) is this server,
     * for a request that arrived at {@code arrivedAt} (this end of its connection; null if unknown).
     */
    boolean isThisServer(String host, InetAddress arrivedAt) {
        if (host == null || host.isEmpty()) {
            return true;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (names.contains(h) || isLoopbackLiteral(h) || isLiteralOf(h, arrivedAt)) {
            return true;
        }
        if (System.nanoTime() - readAt > REFRESH_NANOS) {
            readAt = System.nanoTime();
            names = read();
            return names.contains(h);
        }
        return false;
    }

    /**
     * Whether a request with this {@code Origin} header comes from a page of this server itself:
     * same host check, and one of this server's ports.
     */
    boolean isOwnOrigin(String origin, Set<Integer> ports) {
        return isOwnOrigin(origin, ports, null);
    }

    /** As {@link #isOwnOrigin(String, Set)}, for a request that arrived at {@code arrivedAt}. */
    boolean isOwnOrigin(String origin, Set<Integer> ports, InetAddress arrivedAt) {
        try {
            URI uri = URI.create(origin.strip());
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return false;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(scheme) ? 443 : 80;
            return isThisServer(uri.getHost(), arrivedAt) && ports.contains(port);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isLiteralOf(String h, InetAddress arrivedAt) {
        if (arrivedAt == null || h.isEmpty() || !(Character.digit(h.charAt(0), 16) >= 0 || h.charAt(0) == ':')) {
            return false;
        }
        try {
            return InetAddress.ofLiteral(h).equals(arrivedAt);
        } catch (IllegalArgumentException notALiteral) {
            return false;
        }
    }

    private static boolean isLoopbackLiteral(String h) {
        if (h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        // 127.0.0.0/8 written as a dotted quad; never a name, so no lookup happens
        String[] parts = h.split("\\.");
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}
