@NullMarked
package io.klien.ui.firms;

import org.jspecify.annotations.NullMarked;
