@NullMarked
package io.klien.local.devmail;

import org.jspecify.annotations.NullMarked;
