package io.klien.leads.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LeadRepository extends JpaRepository<Lead, UUID>, JpaSpecificationExecutor<Lead> {

    boolean existsByStageId(UUID stageId);

    @Query("select l from Lead l where lower(l.email) = lower(:email)")
    List<Lead> findByEmailIgnoringCase(String email);

    @Modifying
    @Query("update Lead l set l.clientId = :survivor where l.clientId = :merged")
    int relinkClient(UUID merged, UUID survivor);

    @Query("select l from Lead l where (lower(l.email) = lower(:email) or l.normalizedName = :normalizedName) and l.id <> :except order by l.createdAt")
    List<Lead> findLookalikes(String email, String normalizedName, UUID except, org.springframework.data.domain.Pageable pageable);
}
