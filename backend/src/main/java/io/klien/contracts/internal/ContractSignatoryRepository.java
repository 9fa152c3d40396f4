package io.klien.contracts.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractSignatoryRepository extends JpaRepository<ContractSignatory, UUID> {

    List<ContractSignatory> findByContractIdOrderByPositionAsc(UUID contractId);
}
