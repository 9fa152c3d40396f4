/** Firms as tenants, who belongs to which firm in which role, and the firm's portal branding. */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "identity", "clients"})
package io.klien.tenancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
