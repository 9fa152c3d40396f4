package io.klien.onboarding.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OnboardingTemplateStepRepository extends JpaRepository<OnboardingTemplateStep, UUID> {

    List<OnboardingTemplateStep> findByTemplateVersionIdOrderByPositionAsc(UUID templateVersionId);

    /** How many steps each of the versions has: one query for a whole list. */
    @Query("select s.templateVersionId, count(s) from OnboardingTemplateStep s where s.templateVersionId in :versionIds group by s.templateVersionId")
    List<Object[]> countByVersion(Collection<UUID> versionIds);
}
