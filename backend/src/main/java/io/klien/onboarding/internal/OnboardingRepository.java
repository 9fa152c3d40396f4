package io.klien.onboarding.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.klien.onboarding.OnboardingStatus;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OnboardingRepository extends JpaRepository<Onboarding, UUID>, JpaSpecificationExecutor<Onboarding> {

    /**
     * The onboarding, locked until the transaction ends: work on its steps runs one at a time, so a step completed
     * twice at once is completed once and the second caller finds it done.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Onboarding o where o.id = :id")
    Optional<Onboarding> findForUpdate(UUID id);

    List<Onboarding> findByClientIdOrderByStartedAtDesc(UUID clientId);

    List<Onboarding> findByClientIdAndStatus(UUID clientId, OnboardingStatus status);

    boolean existsByClientIdAndTemplateIdAndStatus(UUID clientId, UUID templateId, OnboardingStatus status);

    boolean existsByTemplateVersionId(UUID templateVersionId);

    @Query("select o.templateVersionId, count(o) from Onboarding o where o.templateVersionId in :versionIds group by o.templateVersionId")
    List<Object[]> countByVersion(Collection<UUID> versionIds);

    @Modifying
    @Query("update Onboarding o set o.clientId = :survivor where o.clientId = :merged")
    int relinkClient(UUID merged, UUID survivor);
}
