package io.klien.testimonials.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface NpsScheduleRepository extends JpaRepository<NpsSchedule, UUID> {

    /** The active firm's schedule (one row at most). */
    Optional<NpsSchedule> findFirstBy();
}
