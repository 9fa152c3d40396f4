@NullMarked
package io.klien.ui.home;

import org.jspecify.annotations.NullMarked;
