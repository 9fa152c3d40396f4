package io.klien.projects.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectMilestoneRepository extends JpaRepository<ProjectMilestone, UUID> {

    List<ProjectMilestone> findByProjectIdOrderByPositionAsc(UUID projectId);

    @Query("select coalesce(max(m.position), 0) from ProjectMilestone m where m.projectId = :projectId")
    int lastPosition(UUID projectId);

    /** Per project: how many milestones, and how many completed (for list rows, in one statement). */
    @Query("select m.projectId, count(m), count(m.completedAt) from ProjectMilestone m"
            + " where m.projectId in :projectIds group by m.projectId")
    List<Object[]> countsByProject(Collection<UUID> projectIds);
}
