package com.bistro92.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps the connections one device (one address other than this computer) may hold open at once.
 * A device over its share has its newest connection closed as soon as it opens, before a byte of
 * it is read, so that one guest's phone cannot take the connections every pad needs.
 */
final class DeviceConnections implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceConnections.class);

    private final int perDevice;
    private final Predicate<InetAddress> thisComputer;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();

    DeviceConnections(int perDevice, Predicate<InetAddress> thisComputer) {
        this.perDevice = perDevice;
        this.thisComputer = thisComputer;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress device = device(connection.getEndPoint());
        if (device == null) {
            return;
        }
        int count = open.merge(device, 1, Integer::sum);
        if (count > perDevice) {
            if (count == perDevice + 1) {
                LOG.warn("{} holds {} connections; refusing more", device.getHostAddress(), perDevice);
            }
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress device = device(connection.getEndPoint());
        if (device != null) {
            open.computeIfPresent(device, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** Open connections of {@code device}, for tests and diagnostics. */
    int of(InetAddress device) {
        return open.getOrDefault(device, 0);
    }

    private InetAddress device(EndPoint endPoint) {
        if (endPoint.getRemoteSocketAddress() instanceof InetSocketAddress inet && inet.getAddress() != null
                && !thisComputer.test(inet.getAddress())) {
            return inet.getAddress();
        }
        return null;
    }
}
