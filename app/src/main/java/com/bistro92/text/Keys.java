package com.bistro92.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises names typed by people, so that "  Classic   BURGER " finds "Classic Burger". */
public final class Keys {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Keys() {
    }

    /** Trimmed, inner white space folded to one space, lower case. */
    public static String of(String text) {
        return SPACES.matcher(CleanText.nfc(text).strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
