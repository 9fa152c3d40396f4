/** Who people are: accounts of everyone who signed in through the identity provider. */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package io.klien.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
