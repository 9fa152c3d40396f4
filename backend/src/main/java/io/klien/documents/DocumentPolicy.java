package io.klien.documents;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What one upload may be: which detected types are accepted and how many bytes at most. */
public record DocumentPolicy(Set<DocumentType> accepted, long maxBytes) {

    public DocumentPolicy {
        if (accepted == null || accepted.isEmpty()) {
            throw new IllegalArgumentException("A document policy accepts at least one type");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("A document policy allows at least one byte");
        }
        accepted = Set.copyOf(accepted);
    }

    public static DocumentPolicy of(long maxBytes, DocumentType first, DocumentType... more) {
        return new DocumentPolicy(EnumSet.of(first, more), maxBytes);
    }

    public boolean accepts(DocumentType type) {
        return accepted.contains(type);
    }

    /** The accepted extensions for a message, e.g. {@code .pdf, .jpg, .png}. */
    public String acceptedExtensions() {
        return EnumSet.copyOf(accepted).stream().map(t -> "." + t.extension()).collect(Collectors.joining(", "));
    }
}
