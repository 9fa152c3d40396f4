/** Storage and hashing of audit entries, and the listeners that turn other modules' events into entries. */
@NullMarked
package io.klien.audit.internal;

import org.jspecify.annotations.NullMarked;
