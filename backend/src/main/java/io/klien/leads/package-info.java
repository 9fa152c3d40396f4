/** The leads pipeline: prospects moving through a firm's stages from first contact to a won client or a loss. */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "clients", "tenancy", "audit"})
package io.klien.leads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
