package io.klien.testimonials;

import java.time.Instant;

/** One NPS answer of a client, for its trend. */
public record NpsPoint(Instant answeredAt, int score) {
}
