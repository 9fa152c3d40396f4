package io.klien.notifications.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    long countByRecipientAndReadFalse(String recipient);

    Slice<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable pageable);

    boolean existsByIdAndRecipient(UUID id, String recipient);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Notification n set n.read = true, n.readAt = :at, n.version = n.version + 1
            where n.id = :id and n.recipient = :recipient and n.read = false""")
    int markRead(UUID id, String recipient, Instant at);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Notification n set n.read = true, n.readAt = :at, n.version = n.version + 1
            where n.recipient = :recipient and n.read = false""")
    int markAllRead(String recipient, Instant at);
}
