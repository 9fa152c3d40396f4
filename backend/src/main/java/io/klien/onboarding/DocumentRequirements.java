package io.klien.onboarding;

import java.util.List;

/** What a document request asks the client to upload: a description, accepted file types, size and count limits. */
public record DocumentRequirements(String what, List<String> acceptedTypes, int maxSizeMb, int maxFiles) {

    /** The largest file a document request may accept, in megabytes. */
    public static final int MAX_SIZE_MB = 100;

    public DocumentRequirements {
        acceptedTypes = acceptedTypes == null ? List.of() : List.copyOf(acceptedTypes);
    }
}
