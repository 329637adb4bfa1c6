package com.bistro92.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.eclipse.jetty.io.SelectorManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps the connections one device (one address other than this computer) may hold open at once.
 * A device over its share has its newest connection closed as soon as it is accepted, before a
 * byte of it is read, so that one guest's phone cannot take the connections every pad needs.
 *
 * <p>It counts network connections, as the connectors' selectors accept and close them: one per
 * socket, whatever is layered on it (TLS, HTTP, a WebSocket after an upgrade). A connection is
 * counted under the address it had when it was accepted, and that same count is given back when
 * it closes, exactly once: a closed socket no longer tells its remote address.
 */
final class DeviceConnections implements SelectorManager.AcceptListener {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceConnections.class);

    private final int perDevice;
    private final Predicate<InetAddress> thisComputer;
    /** Every open connection of a device, with the address it is counted under. */
    private final Map<SelectableChannel, InetAddress> counted = new ConcurrentHashMap<>();
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();

    DeviceConnections(int perDevice, Predicate<InetAddress> thisComputer) {
        this.perDevice = perDevice;
        this.thisComputer = thisComputer;
    }

    @Override
    public void onAccepting(SelectableChannel channel) {
        InetAddress device = device(channel);
        if (device == null) {
            return;
        }
        counted.put(channel, device);
        int count = open.merge(device, 1, Integer::sum);
        if (count > perDevice) {
            if (count == perDevice + 1) {
                LOG.warn("{} holds {} connections; refusing more", device.getHostAddress(), perDevice);
            }
            release(channel);
            try {
                // Jetty then fails to register the closed channel, quietly, and reads nothing of it
                channel.close();
            } catch (IOException e) {
                LOG.debug("Closing a refused connection of {}", device.getHostAddress(), e);
            }
        }
    }

    @Override
    public void onAcceptFailed(SelectableChannel channel, Throwable cause) {
        release(channel);
    }

    @Override
    public void onClosed(SelectableChannel channel) {
        release(channel);
    }

    /** Open connections of {@code device}, for diagnostics. */
    int of(InetAddress device) {
        return open.getOrDefault(device, 0);
    }

    private void release(SelectableChannel channel) {
        InetAddress device = counted.remove(channel);
        if (device != null) {
            open.computeIfPresent(device, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    private InetAddress device(SelectableChannel channel) {
        try {
            if (channel instanceof SocketChannel socket
                    && socket.getRemoteAddress() instanceof InetSocketAddress inet
                    && inet.getAddress() != null && !thisComputer.test(inet.getAddress())) {
                return inet.getAddress();
            }
        } catch (IOException e) {
            // closed already, or not a socket: nothing to count
        }
        return null;
    }
}
