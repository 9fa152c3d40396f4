package io.klien.clients.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClientStatusChangeRepository extends JpaRepository<ClientStatusChange, UUID> {

    List<ClientStatusChange> findByClientIdOrderByChangedAtAsc(UUID clientId);

    @Modifying
    @Query("update ClientStatusChange s set s.clientId = :survivor where s.clientId = :merged")
    int moveAll(UUID merged, UUID survivor);
}
