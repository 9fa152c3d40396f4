package io.klien.clients.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClientTeamMemberRepository extends JpaRepository<ClientTeamMember, UUID> {

    List<ClientTeamMember> findByClientIdOrderBySubjectAsc(UUID clientId);

    Optional<ClientTeamMember> findByClientIdAndSubject(UUID clientId, String subject);
}
