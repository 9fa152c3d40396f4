@NullMarked
package io.klien.ui.layout;

import org.jspecify.annotations.NullMarked;
