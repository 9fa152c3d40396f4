package io.klien.contracts.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractSealRepository extends JpaRepository<ContractSeal, UUID> {

    Optional<ContractSeal> findByVerificationCode(String verificationCode);
}
