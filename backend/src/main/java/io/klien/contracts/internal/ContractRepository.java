package io.klien.contracts.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.klien.contracts.ContractStatus;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ContractRepository extends JpaRepository<Contract, UUID> {

    /** The contract, locked until the transaction ends: signatures and edits of one contract take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Contract c where c.id = :id")
    Optional<Contract> findForUpdate(UUID id);

    /**
     * The firm's contracts in the given states, amendments aside (they live on in the contract they amend), locked:
     * the lifecycle run moves them along one at a time.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Contract c where c.status in :states and c.kind = io.klien.contracts.ContractKind.CONTRACT"
            + " order by c.id")
    List<Contract> findByStatusInForUpdate(java.util.Collection<io.klien.contracts.ContractStatus> states);

    List<Contract> findByClientIdOrderByCreatedAtDesc(UUID clientId);

    /** The earliest signing of each of the clients that signed any contract: rows of client id and instant. */
    @Query("select c.clientId, min(c.signedAt) from Contract c where c.clientId in :clientIds and c.signedAt is not null"
            + " group by c.clientId")
    List<Object[]> findFirstSigningOf(Collection<UUID> clientIds);

    /** How many amendments (any version, signed or not) were drafted for the contract. */
    @Query("select count(distinct c.lineageId) from Contract c where c.amendsId = :contractId")
    long countByAmendsId(UUID contractId);

    /** A client's contracts that went out to it (the only ones its users see). */
    List<Contract> findByClientIdAndSentAtIsNotNullOrderByCreatedAtDesc(UUID clientId);

    long countByStatusIn(Collection<ContractStatus> statuses);

    /** Contracts in force whose term ends between the two days (the term lives in the terms document). */
    @Query(value = "select count(*) from contract where status in ('SIGNED', 'ACTIVE', 'EXPIRING') and kind = 'CONTRACT'"
            + " and make_date((terms->'term'->'end'->>0)::int, (terms->'term'->'end'->>1)::int,"
            + " (terms->'term'->'end'->>2)::int) between :from and :to", nativeQuery = true)
    long countInForceEndingBetween(LocalDate from, LocalDate to);

    /**
     * Contracts in force, not yet at their end, whose deadline (the end of the running period, or the last day to
     * give notice when the term renews on its own) falls on or before {@code horizon}.
     */
    @Query(value = "select * from contract where status in ('SIGNED', 'ACTIVE', 'EXPIRING') and kind = 'CONTRACT'"
            + " and ends_on >= :today"
            + " and ends_on - case when (terms->'term'->>'autoRenew')::boolean"
            + " then (terms->'term'->>'noticeDays')::int else 0 end <= :horizon", nativeQuery = true)
    List<Contract> findInForceWithDeadlineBy(LocalDate today, LocalDate horizon);
}
