package io.klien.documents.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, UUID> {

    @Query("select d from Document d where d.id = :id and d.deletedAt is null")
    Optional<Document> findPresent(UUID id);

    @Query("""
            select d from Document d where d.ownerKind = :kind and d.ownerId = :ownerId and d.deletedAt is null
            order by d.uploadedAt desc, d.id""")
    List<Document> findPresentByOwner(String kind, UUID ownerId);

    @Query("""
            select d from Document d where d.ownerKind = :kind and d.ownerId = :ownerId and d.clientId = :clientId
              and d.deletedAt is null
            order by d.uploadedAt desc, d.id""")
    List<Document> findPresentByOwnerAndClient(String kind, UUID ownerId, UUID clientId);

    @Modifying
    @Query("update Document d set d.clientId = :survivor where d.clientId = :merged")
    int moveClient(UUID merged, UUID survivor);
}
