package io.klien.clients.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClientRepository extends JpaRepository<Client, UUID> {

    Page<Client> findAllByOrderByNameAsc(Pageable pageable);

    Page<Client> findByNameContainingIgnoreCaseOrderByNameAsc(String name, Pageable pageable);

    List<Client> findTop10ByNormalizedName(String normalizedName);
}
