/** One search box over the firm's leads, clients and contacts. */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "clients", "leads"})
package io.klien.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
