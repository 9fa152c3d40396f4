package io.klien.contracts;

import java.time.Instant;

/** Who signed a sealed contract for which party, and when: what verification may show. */
public record SignedBy(String name, String party, Instant signedAt) {
}
