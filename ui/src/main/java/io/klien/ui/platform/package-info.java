@NullMarked
package io.klien.ui.platform;

import org.jspecify.annotations.NullMarked;
