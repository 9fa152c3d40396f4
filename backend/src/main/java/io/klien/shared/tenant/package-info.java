/** The first wall of tenant isolation in the application: the active tenant, for Hibernate and for PostgreSQL. */
@NullMarked
package io.klien.shared.tenant;

import org.jspecify.annotations.NullMarked;
