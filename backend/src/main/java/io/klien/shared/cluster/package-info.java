/** Coordination between the application's replicas through PostgreSQL. */
@NullMarked
package io.klien.shared.cluster;

import org.jspecify.annotations.NullMarked;
