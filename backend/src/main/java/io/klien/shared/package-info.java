/** Building blocks every capability may use: domain exceptions with message keys, clocks. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.klien.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
