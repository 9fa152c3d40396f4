@NullMarked
package io.klien.ui.search;

import org.jspecify.annotations.NullMarked;
