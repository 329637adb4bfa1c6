package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class LanGuardTest {

    @Test
    void onlyLoopbackCountsAsThisComputer() {
        assertThat(LanGuard.isLocal(new InetSocketAddress("127.0.0.1", 5000))).isTrue();
        assertThat(LanGuard.isLocal(new InetSocketAddress("::1", 5000))).isTrue();
        assertThat(LanGuard.isLocal(new InetSocketAddress("192.168.1.20", 5000))).isFalse();
        assertThat(LanGuard.isLocal(new InetSocketAddress("10.0.0.7", 5000))).isFalse();
        assertThat(LanGuard.isLocal(InetSocketAddress.createUnresolved("pad-5", 5000))).isFalse();
        assertThat(LanGuard.isLocal(null)).isFalse();
    }
}
