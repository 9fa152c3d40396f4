@NullMarked
package io.klien.ui.devmail;

import org.jspecify.annotations.NullMarked;
