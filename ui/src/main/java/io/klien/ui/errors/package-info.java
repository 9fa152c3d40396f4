@NullMarked
package io.klien.ui.errors;

import org.jspecify.annotations.NullMarked;
