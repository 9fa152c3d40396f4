package io.klien.testimonials.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OnboardingCompletionRepository extends JpaRepository<OnboardingCompletion, UUID> {

    boolean existsByOnboardingId(UUID onboardingId);

    /** The active firm's completions not yet handled that completed on or before the day, oldest first. */
    List<OnboardingCompletion> findByHandledAtIsNullAndCompletedOnLessThanEqualOrderByCompletedOn(LocalDate day);
}
