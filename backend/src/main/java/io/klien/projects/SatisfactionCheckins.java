package io.klien.projects;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;

/**
 * Satisfaction check-ins: the client's users rate each completed milestone of their projects from 1 to 5, once per
 * person, changeable for {@value #CHANGEABLE_DAYS} days; the firm's staff read the ratings per project.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface SatisfactionCheckins {

    /** How long after the first rating a client user may still change it. */
    int CHANGEABLE_DAYS = 7;

    /** The client user rates a completed milestone of their client's project, or changes their rating. */
    @FirmRoles(CLIENT)
    MilestoneRatingView rate(UUID milestoneId, int score, @Nullable String comment);

    /** The client user's own rating of a milestone, if they gave one. */
    @FirmRoles(CLIENT)
    Optional<MilestoneRatingView> myRating(UUID milestoneId);

    /**
     * The client user's own ratings of a project's milestones, by milestone id: what a project page needs for all its
     * milestones in one call, in a fixed number of statements.
     */
    @FirmRoles(CLIENT)
    Map<UUID, MilestoneRatingView> myRatings(UUID projectId);

    /** The ratings of a project's milestones, newest first, with their average. */
    ProjectSatisfaction ofProject(UUID projectId);
}
