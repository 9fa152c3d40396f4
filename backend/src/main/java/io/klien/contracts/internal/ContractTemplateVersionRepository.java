package io.klien.contracts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractTemplateVersionRepository extends JpaRepository<ContractTemplateVersion, UUID> {

    Optional<ContractTemplateVersion> findFirstByTemplateIdOrderByNumberDesc(UUID templateId);

    List<ContractTemplateVersion> findByTemplateIdOrderByNumberDesc(UUID templateId);
}
