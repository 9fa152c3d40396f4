package io.klien.projects.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneRatingRepository extends JpaRepository<MilestoneRating, UUID> {

    Optional<MilestoneRating> findByMilestoneIdAndRaterSubject(UUID milestoneId, String raterSubject);

    List<MilestoneRating> findByProjectIdOrderByRatedAtDescIdDesc(UUID projectId);
}
