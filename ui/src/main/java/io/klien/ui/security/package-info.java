@NullMarked
package io.klien.ui.security;

import org.jspecify.annotations.NullMarked;
