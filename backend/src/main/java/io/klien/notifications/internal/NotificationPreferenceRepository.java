package io.klien.notifications.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, UUID> {

    List<NotificationPreference> findBySubject(String subject);

    Optional<NotificationPreference> findBySubjectAndKind(String subject, String kind);
}
