package io.klien.onboarding.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OnboardingStepRepository extends JpaRepository<OnboardingStep, UUID> {

    List<OnboardingStep> findByOnboardingIdOrderByPositionAsc(UUID onboardingId);

    /** Which onboarding a step belongs to, without loading the step (it is loaded after the onboarding is locked). */
    @Query("select s.onboardingId from OnboardingStep s where s.id = :stepId")
    Optional<UUID> findOnboardingIdOf(UUID stepId);
}
