package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class AccessGuardTest {

    @Test
    void onlyLoopbackCountsAsThisComputer() {
        assertThat(AccessGuard.isLocal(new InetSocketAddress("127.0.0.1", 5000))).isTrue();
        assertThat(AccessGuard.isLocal(new InetSocketAddress("::1", 5000))).isTrue();
        assertThat(AccessGuard.isLocal(new InetSocketAddress("192.168.1.20", 5000))).isFalse();
        assertThat(AccessGuard.isLocal(new InetSocketAddress("10.0.0.7", 5000))).isFalse();
        assertThat(AccessGuard.isLocal(InetSocketAddress.createUnresolved("pad-5", 5000))).isFalse();
        assertThat(AccessGuard.isLocal(null)).isFalse();
    }
}
