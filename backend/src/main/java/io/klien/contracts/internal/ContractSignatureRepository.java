package io.klien.contracts.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractSignatureRepository extends JpaRepository<ContractSignature, UUID> {

    List<ContractSignature> findByContractId(UUID contractId);
}
