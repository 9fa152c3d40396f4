package io.klien.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A project as its reader may see it: its plan (milestones in order), its budget (the quota of the contract it was
 * made from), its team, and its progress (the share of completed milestones).
 */
public record ProjectView(UUID id, UUID clientId, @Nullable UUID contractId, ProjectKind kind, String title,
        ProjectStatus status, @Nullable String statusReason, LocalDate startsOn, @Nullable LocalDate endsOn,
        Budget budget, String leadSubject, List<ProjectMemberView> team, List<MilestoneView> milestones,
        int progressPercent, long version) {
}
