package com.bistro92.integration;

/** An outside system the restaurant let in: an inventory or an accounting program. */
public record IntegrationIdentity(int id, String name) {
}
