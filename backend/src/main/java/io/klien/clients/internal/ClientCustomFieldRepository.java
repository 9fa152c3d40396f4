package io.klien.clients.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClientCustomFieldRepository extends JpaRepository<ClientCustomField, UUID> {

    List<ClientCustomField> findAllByOrderByPositionAsc();

    List<ClientCustomField> findByArchivedFalseOrderByPositionAsc();

    boolean existsByLabelIgnoreCase(String label);

    boolean existsByLabelIgnoreCaseAndIdNot(String label, UUID id);

    boolean existsByKey(String key);
}
