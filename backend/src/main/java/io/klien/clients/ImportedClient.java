package io.klien.clients;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A client an import would create, from the rows of the file that name it (the first one at {@code line}); no
 * status means the client starts onboarding.
 */
public record ImportedClient(long line, String name, ClientKind kind, @Nullable ClientStatus status, List<String> tags,
        List<ContactDetails> contacts) {
}
