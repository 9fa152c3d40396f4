package io.klien.contracts.internal;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ContractTemplateRepository extends JpaRepository<ContractTemplate, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from ContractTemplate t where t.id = :id")
    Optional<ContractTemplate> findForUpdate(UUID id);

    boolean existsBySeedKeyIsNotNull();
}
