package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HostCheckTest {

    private final HostCheck hosts = new HostCheck(Set.of("bistro.lan"));

    @Test
    void answersToLoopbackLocalhostAndConfiguredNamesOnly() {
        assertThat(hosts.isThisServer("localhost")).isTrue();
        assertThat(hosts.isThisServer("127.0.0.1")).isTrue();
        assertThat(hosts.isThisServer("127.4.5.6")).isTrue();
        assertThat(hosts.isThisServer("[::1]")).isTrue();
        assertThat(hosts.isThisServer("BISTRO.LAN")).isTrue();
        assertThat(hosts.isThisServer(null)).as("HTTP/1.0 without Host").isTrue();

        assertThat(hosts.isThisServer("evil.example")).isFalse();
        assertThat(hosts.isThisServer("127.0.0.1.evil.example")).isFalse();
        assertThat(hosts.isThisServer("127.0.0.256")).isFalse();
        assertThat(hosts.isThisServer("localhost.evil.example")).isFalse();
    }

    @Test
    void theAddressARequestArrivedAtIsThisServerEvenIfItIsNewButNoNameIs() throws Exception {
        java.net.InetAddress arrivedAt = java.net.InetAddress.ofLiteral("203.0.113.9");
        assertThat(hosts.isThisServer("203.0.113.9")).as("an address the server has not read yet").isFalse();
        assertThat(hosts.isThisServer("203.0.113.9", arrivedAt)).isTrue();
        assertThat(hosts.isOwnOrigin("https://203.0.113.9:8093", Set.of(8093), arrivedAt)).isTrue();
        assertThat(hosts.isThisServer("203.0.113.10", arrivedAt)).as("another address").isFalse();
        assertThat(hosts.isThisServer("rebind.example", arrivedAt)).as("a name is never the address").isFalse();
    }

    @Test
    void anOriginMustBeThisServerOnOneOfItsPorts() {
        Set<Integer> ports = Set.of(8092, 8093);
        assertThat(hosts.isOwnOrigin("http://127.0.0.1:8092", ports)).isTrue();
        assertThat(hosts.isOwnOrigin("https://localhost:8093", ports)).isTrue();

        assertThat(hosts.isOwnOrigin("http://127.0.0.1:9000", ports)).as("another local app").isFalse();
        assertThat(hosts.isOwnOrigin("https://evil.example", ports)).isFalse();
        assertThat(hosts.isOwnOrigin("null", ports)).as("sandboxed frame or file").isFalse();
        assertThat(hosts.isOwnOrigin("file://", ports)).isFalse();
        assertThat(hosts.isOwnOrigin("http://[zz", ports)).isFalse();
    }
}
