package io.klien.onboarding;

import java.util.List;
import java.util.UUID;

/** The outcome of a document request: the documents attached to it so far, in the order they came, each once. */
public record AttachedDocuments(List<UUID> documentIds) implements StepOutcome {

    public AttachedDocuments {
        documentIds = List.copyOf(documentIds == null ? List.of() : documentIds);
        if (documentIds.stream().distinct().count() != documentIds.size()) {
            throw new IllegalArgumentException("A document is attached once: " + documentIds);
        }
    }
}
