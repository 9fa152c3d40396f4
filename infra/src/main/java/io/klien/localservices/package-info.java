/**
 * Local services for a developer machine without Docker: database roles, Keycloak as a child process, a mail catcher.
 * Inert unless {@code klien.local-services.enabled=true}.
 */
@NullMarked
package io.klien.localservices;

import org.jspecify.annotations.NullMarked;
