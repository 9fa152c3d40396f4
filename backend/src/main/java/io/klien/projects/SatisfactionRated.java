package io.klien.projects;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A client user rated a completed milestone, or changed their rating ({@code changed}). */
public record SatisfactionRated(UUID tenantId, UUID projectId, UUID clientId, UUID milestoneId, UUID ratingId,
        String raterSubject, int score, @Nullable String comment, boolean changed) implements ProjectEvent {

    @Override
    public String auditAction() {
        return "project.satisfaction-rated";
    }

    @Override
    public String auditDetails() {
        return "milestone=" + milestoneId + ", score " + score + (changed ? " (changed)" : "") + ", by=" + raterSubject;
    }
}
