package io.klien.tenancy.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TenantRepository extends JpaRepository<Tenant, UUID> {

    boolean existsBySlug(String slug);

    Optional<Tenant> findBySlug(String slug);

    /** Only the zone and language columns, without the logo's bytes. */
    Optional<ZoneAndLocale> findLocalityById(UUID id);
}
