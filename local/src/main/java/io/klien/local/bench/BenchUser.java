package io.klien.local.bench;

import java.util.UUID;

/** A person the capacity benchmark signs in as: staff of a firm, or a portal user (the contact of a client with an onboarding). */
public record BenchUser(String email, Kind kind, UUID firm) {

    public enum Kind { STAFF, PORTAL }
}
