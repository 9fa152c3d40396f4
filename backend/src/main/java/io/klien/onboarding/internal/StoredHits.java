package io.klien.onboarding.internal;

import java.util.List;

import io.klien.onboarding.ConflictHit;

/** The hits of a conflict check, stored as JSON: a snapshot of what matched when the check ran. */
public record StoredHits(List<ConflictHit> hits) {

    public StoredHits {
        hits = hits == null ? List.of() : List.copyOf(hits);
    }
}
