package io.klien.localservices;

import java.time.Instant;
import java.util.List;

/** One mail the local catcher received, with the links found in its body. */
public record CaughtMail(String from, List<String> to, String subject, Instant receivedAt, String text,
        List<String> links) {
}
