/** The search module's service implementations; nothing here is used from outside. */
@NullMarked
package io.klien.search.internal;

import org.jspecify.annotations.NullMarked;
