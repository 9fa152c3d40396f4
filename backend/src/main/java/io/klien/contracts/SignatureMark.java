package io.klien.contracts;

import org.jspecify.annotations.Nullable;

/** How a signatory signs: a typed name, or a drawn signature as PNG bytes from the signing pad; exactly one. */
public record SignatureMark(@Nullable String typedName, byte @Nullable [] drawnPng) {

    public static SignatureMark typed(String name) {
        return new SignatureMark(name, null);
    }

    public static SignatureMark drawn(byte[] png) {
        return new SignatureMark(null, png);
    }
}
