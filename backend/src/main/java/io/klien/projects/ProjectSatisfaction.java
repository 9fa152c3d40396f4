package io.klien.projects;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The ratings of a project's milestones, newest first, and their average ({@code null} without ratings). */
public record ProjectSatisfaction(UUID projectId, @Nullable BigDecimal average, List<MilestoneRatingView> ratings) {
}
