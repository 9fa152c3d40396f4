package io.klien.contracts.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SigningCodeRepository extends JpaRepository<SigningCode, UUID> {

    /** The newest code mailed to the signatory: the only one that counts. */
    Optional<SigningCode> findFirstBySignatoryIdOrderByCreatedAtDesc(UUID signatoryId);

    long countBySignatoryIdAndCreatedAtAfter(UUID signatoryId, Instant since);
}
