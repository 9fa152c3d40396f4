package io.klien.testimonials;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The health of the firm's client relationships: per client ({@link ClientHealth}), the clients at risk, the firm's
 * NPS and testimonial counts, and the follow-ups detractors opened.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface RelationshipHealth {

    /** The health of one client. */
    ClientHealth of(UUID clientId);

    /**
     * A page of the firm's active and onboarding clients at risk, by name, with their reasons: the same few statements
     * whatever the page size (the page and the total).
     */
    Page<ClientAtRisk> atRisk(Pageable pageable);

    /** The firm's NPS over the last {@code days} days and its testimonial counts. */
    HealthOverview overview(int days);

    /** The follow-ups of a client, open first, newest first. */
    List<FollowUpView> followUps(UUID clientId);

    /** Marks a follow-up done, with an optional note of what was done. */
    FollowUpView markDone(UUID followUpId, @Nullable String note);
}
