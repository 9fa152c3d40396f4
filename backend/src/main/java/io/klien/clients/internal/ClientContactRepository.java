package io.klien.clients.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClientContactRepository extends JpaRepository<ClientContact, UUID> {

    List<ClientContact> findByClientIdOrderByPrimaryDescNameAsc(UUID clientId);

    @Query("select c from ClientContact c where lower(c.email) = lower(:email) order by c.createdAt")
    List<ClientContact> findByEmailIgnoringCase(String email);

    List<ClientContact> findTop10ByNormalizedName(String normalizedName);
}
