package io.klien.onboarding.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AdversePartyRepository extends JpaRepository<AdverseParty, UUID> {

    Page<AdverseParty> findAllByOrderByNameAsc(Pageable pageable);

    /**
     * Adverse parties whose normalised name has all the given words, or whose words are all among them, in any
     * order ({@code words} is a normalised name: words separated by single spaces).
     */
    @Query(nativeQuery = true, value = """
            select p.* from adverse_party p
            where p.tenant_id = :tenant and p.normalized_name <> ''
              and (string_to_array(p.normalized_name, ' ') @> string_to_array(:words, ' ')
                   or string_to_array(p.normalized_name, ' ') <@ string_to_array(:words, ' '))
            order by p.name limit :limit""")
    List<AdverseParty> findByNameWords(UUID tenant, String words, int limit);
}
