package com.bistro92.server;

/**
 * One route's handler. It answers through the {@link Exchange}, now or later; anything it
 * throws becomes a JSON problem response.
 */
@FunctionalInterface
interface Endpoint {
    void handle(Exchange exchange) throws Exception;
}
