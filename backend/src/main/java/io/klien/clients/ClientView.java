package io.klien.clients;

import java.util.UUID;

/** A client as the rest of the application sees it. */
public record ClientView(UUID id, String name, ClientKind kind, String status) {
}
