package io.klien.leads.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LeadRepository extends JpaRepository<Lead, UUID>, JpaSpecificationExecutor<Lead> {

    boolean existsByStageId(UUID stageId);

    @Query("select l from Lead l where lower(l.email) = lower(:email)")
    List<Lead> findByEmailIgnoringCase(String email);

    @Modifying
    @Query("update Lead l set l.clientId = :survivor where l.clientId = :merged")
    int relinkClient(UUID merged, UUID survivor);

    @Query("select l from Lead l where (lower(l.email) = lower(:email) or l.normalizedName = :normalizedName) and l.id <> :except order by l.createdAt")
    List<Lead> findLookalikes(String email, String normalizedName, UUID except, org.springframework.data.domain.Pageable pageable);

    /**
     * Leads whose name, or organization, has all the given words or whose words are all among them, in any order.
     * The organization is normalised here as {@code io.klien.shared.NormalizedName} does it (its legal-form words
     * given as {@code legalForms}, separated by spaces).
     */
    @Query(nativeQuery = true, value = """
            select l.* from lead l
            where l.tenant_id = :tenant
              and ((l.normalized_name <> ''
                    and (string_to_array(l.normalized_name, ' ') @> string_to_array(:words, ' ')
                         or string_to_array(l.normalized_name, ' ') <@ string_to_array(:words, ' ')))
                or (l.organization is not null and exists (
                    select 1 from (select array(
                        select t from unnest(string_to_array(trim(regexp_replace(regexp_replace(lower(regexp_replace(
                            normalize(l.organization, NFD), '[\\u0300-\\u036f]', '', 'g')), '[.'']', '', 'g'),
                            '[^a-z0-9]+', ' ', 'g')), ' ')) as u(t)
                        where t <> '' and t <> all (string_to_array(:legalForms, ' '))) as words) o
                    where cardinality(o.words) > 0
                      and (o.words @> string_to_array(:words, ' ') or o.words <@ string_to_array(:words, ' ')))))
            order by l.name limit :limit""")
    List<Lead> findByNameWords(UUID tenant, String words, String legalForms, int limit);
}
