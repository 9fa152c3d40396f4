/** The identity module's service implementations, entities and repositories; nothing here is used from outside. */
@NullMarked
package io.klien.identity.internal;

import org.jspecify.annotations.NullMarked;
