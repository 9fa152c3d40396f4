package io.klien.projects;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A row of the projects list. */
public record ProjectSummary(UUID id, UUID clientId, String title, ProjectKind kind, ProjectStatus status,
        String leadSubject, @Nullable LocalDate endsOn, int milestones, int completedMilestones) {

    public int progressPercent() {
        return milestones == 0 ? 0 : completedMilestones * 100 / milestones;
    }
}
