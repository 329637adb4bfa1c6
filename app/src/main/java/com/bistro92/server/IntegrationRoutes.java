package com.bistro92.server;

import com.bistro92.integration.Integrations;

/**
 * Outside systems' tokens, for staff: {@code POST /api/v1/integrations} with {@code {"name": …}}
 * makes one and answers its token, once; {@code GET} lists them (without tokens) and
 * {@code DELETE /api/v1/integrations/{id}} revokes one.
 */
final class IntegrationRoutes {

    record NameBody(String name) {
    }

    private final Integrations integrations;

    IntegrationRoutes(Integrations integrations) {
        this.integrations = integrations;
    }

    void register(Router router) {
        router.get("/api/v1/integrations", Access.STAFF, ex -> ex.json(200, integrations.clients()))
                .post("/api/v1/integrations", Access.STAFF, this::create)
                .delete("/api/v1/integrations/{id}", Access.STAFF, this::revoke);
    }

    private void create(Exchange ex) {
        ex.whenDone(integrations.create(ex.body(NameBody.class).name(), null), created -> ex.json(201, created));
    }

    private void revoke(Exchange ex) {
        ex.whenDone(integrations.revoke(ex.intParam(PathParam.INTEGRATION), null), client -> ex.json(200, client));
    }
}
