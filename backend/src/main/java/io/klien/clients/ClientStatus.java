package io.klien.clients;

/** Where the relationship with a client stands. */
public enum ClientStatus {
    ONBOARDING, ACTIVE, PAUSED, FORMER
}
