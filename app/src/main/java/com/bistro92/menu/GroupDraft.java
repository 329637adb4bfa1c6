package com.bistro92.menu;

/** A modifier group as the manager fills it in: a guest picks between {@code minChoices} and {@code maxChoices}. */
public record GroupDraft(String name, int minChoices, int maxChoices) {
}
