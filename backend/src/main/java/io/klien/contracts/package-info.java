/**
 * Contracts: engagement letters and service agreements drafted from the firm's versioned templates with structured
 * terms, approved inside the firm, signed by the client's signatories and the firm, rendered to PDF from safe markup
 * and sealed by Klien (PAdES) with a per-firm key, and verified later by anyone who holds the PDF.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "tenancy", "clients", "audit", "notifications"})
package io.klien.contracts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
