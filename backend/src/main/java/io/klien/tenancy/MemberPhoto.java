package io.klien.tenancy;

import java.time.Instant;

/** A member's photo as stored: a square picture Klien re-encoded, its content type and when it last changed. */
public record MemberPhoto(String subject, byte[] content, String contentType, Instant updatedAt) {
}
