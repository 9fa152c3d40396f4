package io.klien.onboarding.internal;

import java.util.List;
import java.util.UUID;

import io.klien.onboarding.StepSide;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OnboardingStepCommentRepository extends JpaRepository<OnboardingStepComment, UUID> {

    List<OnboardingStepComment> findByStepIdOrderByCreatedAtAsc(UUID stepId);

    List<OnboardingStepComment> findByStepIdAndInternalFalseOrderByCreatedAtAsc(UUID stepId);

    /** Comments per step of one onboarding: one query for a whole checklist. */
    @Query("select c.stepId, count(c) from OnboardingStepComment c where c.onboardingId = :onboardingId group by c.stepId")
    List<Object[]> countByStep(UUID onboardingId);

    /** As {@link #countByStep}, the shared comments only. */
    @Query("""
            select c.stepId, count(c) from OnboardingStepComment c
            where c.onboardingId = :onboardingId and c.internal = false group by c.stepId""")
    List<Object[]> countSharedByStep(UUID onboardingId);

    long countByStepId(UUID stepId);

    long countByStepIdAndInternalFalse(UUID stepId);

    /** The comments on a step its reader may see: client users only the shared ones, and none on the firm's steps. */
    default long countVisible(OnboardingStep step, boolean clientUser) {
        if (!clientUser) {
            return countByStepId(step.id());
        }
        return step.ownerSide() == StepSide.CLIENT ? countByStepIdAndInternalFalse(step.id()) : 0;
    }
}
