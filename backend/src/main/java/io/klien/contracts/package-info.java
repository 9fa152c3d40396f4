/**
 * Contracts: engagement letters rendered to PDF from safe markup, signed in the client portal and sealed by Klien
 * (PAdES) with a per-firm key, and verified later by anyone who holds the PDF.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "tenancy"})
package io.klien.contracts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
