package io.klien.testimonials.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AskRuleRepository extends JpaRepository<AskRule, UUID> {

    /** The active firm's rules (one row at most). */
    Optional<AskRule> findFirstBy();
}
