package com.bistro92.order;

/** Who placed an order: a seed-protocol client, a paired table pad, or staff. */
public enum OrderSource {
    SEED, PAD, STAFF
}
