/**
 * Startup failures explained in one clear message instead of a stack trace, and who migrates the schema. Exposed so
 * the application's main method can run the migrate step alone.
 */
@NullMarked
@NamedInterface("startup")
package io.klien.ui.startup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
