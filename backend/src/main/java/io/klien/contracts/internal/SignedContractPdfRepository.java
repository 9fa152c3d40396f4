package io.klien.contracts.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignedContractPdfRepository extends JpaRepository<SignedContractPdf, UUID> {

    Optional<SignedContractPdf> findByContractId(UUID contractId);

    boolean existsByContractId(UUID contractId);
}
