package io.klien.testimonials;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What Klien checked about the author's client: a signed contract, since when they are a client, a completed project. */
public record VerifiedFacts(boolean signedContract, @Nullable LocalDate clientSince, boolean projectCompleted) {
}
