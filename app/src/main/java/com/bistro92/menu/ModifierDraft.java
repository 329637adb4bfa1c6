package com.bistro92.menu;

import java.math.BigDecimal;

/** A modifier as the manager fills it in: its price delta is exact, between −1000 and 1000, two decimals at most. */
public record ModifierDraft(String name, BigDecimal priceDelta, boolean available) {
}
