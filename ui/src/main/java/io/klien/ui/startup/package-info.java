/** Startup failures explained in one clear message instead of a stack trace. */
@NullMarked
package io.klien.ui.startup;

import org.jspecify.annotations.NullMarked;
