package io.klien.onboarding.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.klien.onboarding.OnboardingStatus;
import io.klien.onboarding.StepState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OnboardingStepRepository extends JpaRepository<OnboardingStep, UUID> {

    List<OnboardingStep> findByOnboardingIdOrderByPositionAsc(UUID onboardingId);

    /** Which onboarding a step belongs to, without loading the step (it is loaded after the onboarding is locked). */
    @Query("select s.onboardingId from OnboardingStep s where s.id = :stepId")
    Optional<UUID> findOnboardingIdOf(UUID stepId);

    /**
     * The steps of running onboardings in one of the states that are due on {@code dueOn} or were due before
     * {@code dueBefore}, with what a reminder needs of their onboarding, in one query.
     */
    @Query("""
            select new io.klien.onboarding.internal.DueStep(s.id, s.onboardingId, o.clientId, s.spec.title,
              s.spec.ownerSide, s.spec.assigneeSubject, o.representativeSubject, s.dueDate)
            from OnboardingStep s join Onboarding o on o.id = s.onboardingId
            where o.status = :running and s.state in :states and (s.dueDate = :dueOn or s.dueDate < :dueBefore)
            order by s.dueDate, s.onboardingId, s.position""")
    List<DueStep> findDue(OnboardingStatus running, Collection<StepState> states, LocalDate dueOn,
            LocalDate dueBefore);

    /** The engagement letter steps whose letter is the given contract (its id in the step's outcome). */
    @Query(value = """
            select s.id from onboarding_step s
            where s.type = 'ENGAGEMENT_LETTER' and s.outcome ->> 'contractId' = cast(:contractId as text)""",
            nativeQuery = true)
    List<UUID> findLetterStepsOf(UUID contractId);
}
