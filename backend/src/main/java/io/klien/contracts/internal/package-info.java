/** Seal keys and sealed-contract records, PDF rendering, sealing and seal inspection. */
@NullMarked
package io.klien.contracts.internal;

import org.jspecify.annotations.NullMarked;
