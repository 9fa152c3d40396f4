package io.klien.onboarding.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OnboardingStepCommentRepository extends JpaRepository<OnboardingStepComment, UUID> {

    List<OnboardingStepComment> findByStepIdOrderByCreatedAtAsc(UUID stepId);

    /** Comments per step of one onboarding: one query for a whole checklist. */
    @Query("select c.stepId, count(c) from OnboardingStepComment c where c.onboardingId = :onboardingId group by c.stepId")
    List<Object[]> countByStep(UUID onboardingId);

    long countByStepId(UUID stepId);
}
