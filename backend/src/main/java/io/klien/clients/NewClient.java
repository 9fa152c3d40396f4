package io.klien.clients;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A client to create, with its primary contact when known. Unless {@code duplicateConfirmed}, a client or contact
 * with the same email or normalised name stops the creation with a {@link io.klien.shared.DuplicateWarning}.
 */
public record NewClient(String name, ClientKind kind, @Nullable ContactDetails primaryContact,
        @Nullable LocalDate relationshipStart, boolean duplicateConfirmed) {
}
