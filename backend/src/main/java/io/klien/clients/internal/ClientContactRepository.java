package io.klien.clients.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientContactRepository extends JpaRepository<ClientContact, UUID> {

    List<ClientContact> findByClientIdOrderByPrimaryDescNameAsc(UUID clientId);

    @Query("select c from ClientContact c where lower(c.email) = lower(:email) order by c.createdAt")
    List<ClientContact> findByEmailIgnoringCase(String email);

    List<ClientContact> findTop10ByNormalizedName(String normalizedName);

    /** Contacts whose normalised name has all the given words, or whose words are all among them, in any order. */
    @Query(nativeQuery = true, value = """
            select c.* from client_contact c
            where c.tenant_id = :tenant and c.normalized_name <> ''
              and (string_to_array(c.normalized_name, ' ') @> string_to_array(:words, ' ')
                   or string_to_array(c.normalized_name, ' ') <@ string_to_array(:words, ' '))
            order by c.name limit :limit""")
    List<ClientContact> findByNameWords(UUID tenant, String words, int limit);
}
