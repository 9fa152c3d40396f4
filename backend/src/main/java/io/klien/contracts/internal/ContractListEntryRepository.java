package io.klien.contracts.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The staff contracts list: pages and totals through {@link ContractQueries}, and a page's signatories at once. */
interface ContractListEntryRepository extends Repository<ContractListEntry, UUID>,
        JpaSpecificationExecutor<ContractListEntry> {

    /** Who signs the given contracts and how far they are: {contractId, position, name, status}, in signing order. */
    @Query("select s.contractId, s.position, s.name, s.status from ContractSignatory s where s.contractId in :contractIds"
            + " order by s.contractId, s.position")
    List<Object[]> signatoriesOf(Collection<UUID> contractIds);
}
