package io.klien.clients.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, UUID>, JpaSpecificationExecutor<Client> {

    Page<Client> findAllByOrderByNameAsc(Pageable pageable);

    List<Client> findTop10ByNormalizedName(String normalizedName);

    /** Which of the normalised names are already taken by a client of the active firm. */
    @Query("select distinct c.normalizedName from Client c where c.normalizedName in :normalizedNames")
    List<String> findTakenNormalizedNames(Collection<String> normalizedNames);

    /**
     * Clients whose normalised name has all the given words, or whose words are all among them, in any order
     * ({@code words} is a normalised name: words separated by single spaces).
     */
    @Query(nativeQuery = true, value = """
            select c.* from client c
            where c.tenant_id = :tenant and c.normalized_name <> ''
              and (string_to_array(c.normalized_name, ' ') @> string_to_array(:words, ' ')
                   or string_to_array(c.normalized_name, ' ') <@ string_to_array(:words, ' '))
            order by c.name limit :limit""")
    List<Client> findByNameWords(UUID tenant, String words, int limit);

    @Query("select c.id, c.name from Client c where c.id in :ids")
    List<Object[]> findNames(Collection<UUID> ids);
}
