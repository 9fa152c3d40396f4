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

    /**
     * The latest {@code perStep} comments of each step of one onboarding, oldest first: one statement for a whole
     * checklist, read through the step index (tenant, step, created).
     */
    @Query(nativeQuery = true, value = """
            select c.* from onboarding_step_comment c
            where c.onboarding_id = :onboardingId and c.id in (
              select r.id from (
                select x.id, row_number() over (partition by x.step_id order by x.created_at desc, x.id desc) as n
                from onboarding_step_comment x where x.onboarding_id = :onboardingId) r
              where r.n <= :perStep)
            order by c.step_id, c.created_at, c.id""")
    List<OnboardingStepComment> latestPerStep(UUID onboardingId, int perStep);

    /** As {@link #latestPerStep}, for a client user: the shared comments on the client's side of the steps only. */
    @Query(nativeQuery = true, value = """
            select c.* from onboarding_step_comment c
            where c.onboarding_id = :onboardingId and c.id in (
              select r.id from (
                select x.id, row_number() over (partition by x.step_id order by x.created_at desc, x.id desc) as n
                from onboarding_step_comment x
                join onboarding_step s on s.tenant_id = x.tenant_id and s.id = x.step_id
                where x.onboarding_id = :onboardingId and not x.internal and s.owner_side = 'CLIENT') r
              where r.n <= :perStep)
            order by c.step_id, c.created_at, c.id""")
    List<OnboardingStepComment> latestSharedOnClientSteps(UUID onboardingId, int perStep);

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
