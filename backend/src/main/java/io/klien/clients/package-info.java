/** A firm's clients: the people and organizations it serves over a long relationship. */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared"})
package io.klien.clients;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
