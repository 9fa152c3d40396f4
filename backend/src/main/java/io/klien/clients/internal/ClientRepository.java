package io.klien.clients.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ClientRepository extends JpaRepository<Client, UUID>, JpaSpecificationExecutor<Client> {

    Page<Client> findAllByOrderByNameAsc(Pageable pageable);

    List<Client> findTop10ByNormalizedName(String normalizedName);

    /** Which of the normalised names are already taken by a client of the active firm. */
    @Query("select distinct c.normalizedName from Client c where c.normalizedName in :normalizedNames")
    List<String> findTakenNormalizedNames(Collection<String> normalizedNames);
}
