package io.klien.testimonials;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Staff moderate testimonials: approve (which publishes) or reject with a reason, tag, feature, publish or take
 * down, and suggest an edit that is used only once the client accepts it. Each action names the version of the
 * testimonial the moderator saw and is refused ("testimonials.changed-meanwhile") when it changed since, e.g. because
 * the client edited or withdrew it.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface TestimonialModeration {

    /** A page of the firm's testimonials in a state (all when null), newest first. */
    Page<TestimonialView> queue(@Nullable TestimonialState state, Pageable pageable);

    /** Approves a submitted testimonial and publishes it. */
    TestimonialView approve(UUID testimonialId, long expectedVersion);

    /** Rejects a submitted testimonial, saying why. */
    TestimonialView reject(UUID testimonialId, long expectedVersion, String reason);

    /** Suggests an edit of a submitted testimonial; the client must accept it before it is used. */
    TestimonialView suggestEdit(UUID testimonialId, long expectedVersion, String suggestedText);

    /** Tags a testimonial with a service line and an industry (either may be cleared with null). */
    TestimonialView tag(UUID testimonialId, long expectedVersion, @Nullable String serviceLine,
            @Nullable String industry);

    /** Publishes an approved testimonial or takes it down (which also ends featuring it). */
    TestimonialView publish(UUID testimonialId, long expectedVersion, boolean published);

    /** Features a published testimonial (shown first) or stops featuring it. */
    TestimonialView feature(UUID testimonialId, long expectedVersion, boolean featured);
}
