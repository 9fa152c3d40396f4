package io.klien.projects.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilestoneRatingRepository extends JpaRepository<MilestoneRating, UUID> {

    Optional<MilestoneRating> findByMilestoneIdAndRaterSubject(UUID milestoneId, String raterSubject);

    List<MilestoneRating> findByProjectIdOrderByRatedAtDescIdDesc(UUID projectId);

    /** One person's ratings of a project's milestones, each with its milestone's title. */
    @Query("select r, m.title from MilestoneRating r, ProjectMilestone m where m.id = r.milestoneId"
            + " and r.projectId = :projectId and r.raterSubject = :raterSubject")
    List<Object[]> findWithTitlesOfRater(UUID projectId, String raterSubject);
}
