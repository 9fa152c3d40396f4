/**
 * Client onboarding: templates the firm configures (versioned, ordered steps of several types) and the onboardings
 * run from them with the client, from the first intake form to an active client.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "clients", "leads", "tenancy", "documents", "notifications",
        "audit", "contracts"})
package io.klien.onboarding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
