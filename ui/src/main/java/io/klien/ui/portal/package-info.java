@NullMarked
package io.klien.ui.portal;

import org.jspecify.annotations.NullMarked;
