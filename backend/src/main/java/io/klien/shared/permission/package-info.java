/**
 * Permissions declared on application services: {@link io.klien.shared.permission.FirmRoles},
 * {@link io.klien.shared.permission.PlatformOperator} and {@link io.klien.shared.permission.OpenOnPurpose},
 * checked against the {@link io.klien.shared.tenant.TenantContext} before a transaction opens.
 */
@NullMarked
package io.klien.shared.permission;

import org.jspecify.annotations.NullMarked;
