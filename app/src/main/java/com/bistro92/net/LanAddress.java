package com.bistro92.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.List;

/** The machine's LAN addresses, which pads use to reach the server. */
public final class LanAddress {

    private LanAddress() {
    }

    /** Every up, non-loopback IPv4 address, site-local ones first. */
    public static List<String> all() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(LanAddress::usable)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .sorted((a, b) -> Boolean.compare(!a.isSiteLocalAddress(), !b.isSiteLocalAddress()))
                    .map(InetAddress::getHostAddress)
                    .toList();
        } catch (SocketException e) {
            return List.of();
        }
    }

    /** The address pads should use, falling back to loopback when there is no network. */
    public static String best() {
        List<String> all = all();
        return all.isEmpty() ? "127.0.0.1" : all.getFirst();
    }

    private static boolean usable(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback() && !nic.isVirtual();
        } catch (SocketException e) {
            return false;
        }
    }
}
