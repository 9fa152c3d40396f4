package io.klien.projects.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupportRequestMessageRepository extends JpaRepository<SupportRequestMessage, UUID> {

    @Query("select m from SupportRequestMessage m where m.requestId = :requestId order by m.createdAt, m.id")
    List<SupportRequestMessage> findOfRequest(UUID requestId);
}
