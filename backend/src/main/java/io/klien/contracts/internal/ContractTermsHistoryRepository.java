package io.klien.contracts.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractTermsHistoryRepository extends JpaRepository<ContractTermsHistory, UUID> {

    /** The contract's changes of terms, oldest first. */
    List<ContractTermsHistory> findByContractIdOrderByAmendedAtAscIdAsc(UUID contractId);

    boolean existsByAmendmentId(UUID amendmentId);
}
