package io.klien.onboarding.internal;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OnboardingTemplateRepository extends JpaRepository<OnboardingTemplate, UUID> {

    /** The template, locked until the transaction ends: saves and publishes of one template run one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from OnboardingTemplate t where t.id = :id")
    Optional<OnboardingTemplate> findForUpdate(UUID id);

    /** Whether the firm's seeded templates were created (they carry a seed key; templates made by admins do not). */
    boolean existsBySeedKeyIsNotNull();
}
