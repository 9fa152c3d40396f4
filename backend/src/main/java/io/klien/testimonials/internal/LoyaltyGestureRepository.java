package io.klien.testimonials.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoyaltyGestureRepository extends JpaRepository<LoyaltyGesture, UUID> {

    List<LoyaltyGesture> findByClientIdOrderByGivenOnDescRecordedAtDesc(UUID clientId);
}
