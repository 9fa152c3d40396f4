package io.klien.onboarding.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.klien.onboarding.TemplateVersionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OnboardingTemplateVersionRepository extends JpaRepository<OnboardingTemplateVersion, UUID> {

    Optional<OnboardingTemplateVersion> findByTemplateIdAndStatus(UUID templateId, TemplateVersionStatus status);

    List<OnboardingTemplateVersion> findByTemplateIdOrderByNumberDesc(UUID templateId);

    /** The current and draft versions of every template of the firm, for the template list. */
    List<OnboardingTemplateVersion> findByStatusInOrderByNameAsc(Collection<TemplateVersionStatus> statuses);

    @Query("select coalesce(max(v.number), 0) from OnboardingTemplateVersion v where v.templateId = :templateId")
    int lastNumber(UUID templateId);
}
