package io.klien.contracts.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractSettingRepository extends JpaRepository<ContractSetting, UUID> {

    /** The firm's one settings row, when it has been written. */
    Optional<ContractSetting> findFirstBy();
}
