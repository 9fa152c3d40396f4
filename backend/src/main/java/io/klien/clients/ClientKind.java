package io.klien.clients;

/** An organization (a company, a foundation) or an individual person. */
public enum ClientKind {
    ORGANIZATION, INDIVIDUAL
}
