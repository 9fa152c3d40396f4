@NullMarked
package io.klien.ui.admin;

import org.jspecify.annotations.NullMarked;
