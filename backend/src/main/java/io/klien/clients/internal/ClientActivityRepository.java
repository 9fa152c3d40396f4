package io.klien.clients.internal;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClientActivityRepository extends JpaRepository<ClientActivity, UUID> {

    Page<ClientActivity> findByClientIdOrderByOccurredAtDesc(UUID clientId, Pageable pageable);

    boolean existsByClientIdAndOriginId(UUID clientId, UUID originId);

    @Modifying
    @Query("update ClientActivity a set a.clientId = :survivor where a.clientId = :merged")
    int moveAll(UUID merged, UUID survivor);
}
