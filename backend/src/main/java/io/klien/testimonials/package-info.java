/**
 * Testimonials: asked of a client's contacts at the right moment (by hand or after an approved deliverable, within
 * the firm's ask rules), given with recorded and revocable consent in the portal or through a single-use link,
 * moderated by staff, and read for publishing only where the consent allows it and named as the client chose.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "tenancy", "clients", "contracts", "projects",
        "notifications"})
package io.klien.testimonials;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
