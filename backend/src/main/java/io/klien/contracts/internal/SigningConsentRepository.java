package io.klien.contracts.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SigningConsentRepository extends JpaRepository<SigningConsent, UUID> {

    /** The person's consent in force, if any. */
    Optional<SigningConsent> findBySubjectAndWithdrawnAtIsNull(String subject);
}
