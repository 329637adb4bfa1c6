package com.bistro92.menu;

import java.util.Arrays;

/**
 * An item's photo as stored: PNG or JPEG bytes, at most {@link PhotoScaler#MAX_SIDE} pixels on
 * its longer side.
 *
 * @param mediaType {@code image/png} or {@code image/jpeg}
 */
public record Photo(byte[] bytes, String mediaType, int width, int height) {

    public Photo {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Photo p && Arrays.equals(bytes, p.bytes) && mediaType.equals(p.mediaType)
                && width == p.width && height == p.height;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + mediaType.hashCode();
    }

    @Override
    public String toString() {
        return "Photo[" + mediaType + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
    }
}
