package io.klien.contracts.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractSignatoryRepository extends JpaRepository<ContractSignatory, UUID> {

    List<ContractSignatory> findByContractIdOrderByPositionAsc(UUID contractId);

    /** The signatories of several contracts at once, in signing order within each. */
    List<ContractSignatory> findByContractIdInOrderByPositionAsc(Collection<UUID> contractIds);
}
