package io.klien.onboarding;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A party the firm acts (or acted) against, recorded so that conflict checks find it. */
public record AdversePartyView(UUID id, String name, @Nullable String note, @Nullable String recordedBy,
        Instant recordedAt) {
}
