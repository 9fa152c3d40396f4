package io.klien.clients;

/** What a committed CSV import created. */
public record ImportResult(int clientsCreated, int contactsCreated) {
}
