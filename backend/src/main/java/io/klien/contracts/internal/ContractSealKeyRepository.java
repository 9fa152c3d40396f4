package io.klien.contracts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractSealKeyRepository extends JpaRepository<ContractSealKey, UUID> {

    Optional<ContractSealKey> findByActiveTrue();

    Optional<ContractSealKey> findByCertificateSha256(String certificateSha256);

    List<ContractSealKey> findAllByOrderByCreatedAtDesc();
}
