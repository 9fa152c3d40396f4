package io.klien.tenancy.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredMemberPhotoRepository extends JpaRepository<StoredMemberPhoto, UUID> {

    Optional<StoredMemberPhoto> findByMembershipId(UUID membershipId);

    List<StoredMemberPhoto> findByMembershipIdIn(Collection<UUID> membershipIds);
}
