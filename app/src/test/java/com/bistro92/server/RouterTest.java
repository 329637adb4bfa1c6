package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.json.Json;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The route table: every route says who may call it, or it is not registered and the server does not start. */
class RouterTest {

    private final Router router = new Router(Json.newMapper(), new Problems(Json.newMapper()), Duration.ofSeconds(1));

    @Test
    void aRouteWithoutAnAccessRuleIsRefusedAtRegistration() {
        assertThatThrownBy(() -> router.post("/api/v1/forgotten", null, ex -> ex.json(200, "open")))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("POST /api/v1/forgotten must declare who may call it");
        assertThat(router.routes()).isEmpty();
    }

    @Test
    void theSameMethodAndPathTwiceIsRefused() {
        router.get("/api/v1/things/{id}", Access.STAFF, ex -> ex.json(200, "one"));
        assertThatThrownBy(() -> router.get("/api/v1/things/{other}", Access.ANYONE, ex -> ex.json(200, "two")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(router.routes()).containsExactly(new Router.RouteInfo("GET", "/api/v1/things/{id}", Access.STAFF));
    }

    @Test
    void theGuardFindsTheMostLiteralRouteAndEveryMethodAtItsPath() {
        router.get("/api/v1/pads/me", Access.PAD, ex -> ex.json(200, "me"))
                .delete("/api/v1/pads/{id}", Access.STAFF, ex -> ex.json(200, "revoked"))
                .post("/api/v1/pads/pair", Access.PAIRING, ex -> ex.json(201, "paired"));
        Router.Match me = router.match("GET", "/api/v1/pads/me");
        assertThat(me.access()).isEqualTo(Access.PAD);
        Router.Match wrongMethod = router.match("DELETE", "/api/v1/pads/pair");
        assertThat(wrongMethod.access()).as("a literal path is never read as /pads/{id}").isNull();
        assertThat(wrongMethod.allowed()).containsExactly("POST");
        assertThat(wrongMethod.pairingPath()).isTrue();
        assertThat(wrongMethod.pathAdmits(Access.Kind.ANYONE)).isTrue();
        Router.Match nothing = router.match("GET", "/api/v1/nothing");
        assertThat(nothing.atPath()).isEmpty();
        assertThat(nothing.pathAdmits(Access.Kind.ANYONE)).isFalse();
    }
}
