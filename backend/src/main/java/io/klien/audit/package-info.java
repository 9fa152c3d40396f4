/** Each firm's append-only audit log: who did what to which record, chained by hashes so tampering shows. */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "tenancy", "clients"})
package io.klien.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
