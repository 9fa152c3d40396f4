package io.klien.projects;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A deliverable with its versions, newest first. */
public record DeliverableView(UUID id, UUID projectId, @Nullable UUID milestoneId, String title,
        @Nullable String description, List<DeliverableVersionView> versions) {

    /** The newest version, if any. */
    public @Nullable DeliverableVersionView current() {
        return versions.isEmpty() ? null : versions.getFirst();
    }

    /** Whether a version of it was approved. */
    public boolean approved() {
        return versions.stream().anyMatch(v -> v.state() == VersionState.APPROVED);
    }
}
