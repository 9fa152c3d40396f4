/** Files uploaded to a firm: checked by content, stored in streaming chunks, downloaded safely and audited. */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "audit", "clients"})
package io.klien.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
