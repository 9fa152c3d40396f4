package io.klien.clients.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClientCustomValueRepository extends JpaRepository<ClientCustomValue, UUID> {

    List<ClientCustomValue> findByClientId(UUID clientId);

    boolean existsByFieldId(UUID fieldId);

    boolean existsByFieldIdAndText(UUID fieldId, String text);

    @Query("select new io.klien.clients.internal.CustomFieldUsage(v.fieldId, count(v))"
            + " from ClientCustomValue v group by v.fieldId")
    List<CustomFieldUsage> usage();

    long countByFieldId(UUID fieldId);

    /** Moves the merged client's values to the survivor where the survivor has none in that field. */
    @Modifying
    @Query("""
            update ClientCustomValue v set v.clientId = :survivor
            where v.clientId = :merged and not exists
              (select 1 from ClientCustomValue w where w.clientId = :survivor and w.fieldId = v.fieldId)""")
    int moveMissing(UUID merged, UUID survivor);

    @Modifying
    @Query("delete from ClientCustomValue v where v.clientId = :clientId")
    int deleteAllOf(UUID clientId);
}
