package io.klien.contracts.internal;

import java.util.List;
import java.util.UUID;

import io.klien.contracts.SigningStep;
import org.springframework.data.jpa.repository.JpaRepository;

interface SigningEvidenceRepository extends JpaRepository<SigningEvidence, UUID> {

    List<SigningEvidence> findByContractIdOrderByAtAsc(UUID contractId);

    boolean existsByContractIdAndSignatoryIdAndKind(UUID contractId, UUID signatoryId, SigningStep kind);
}
