@NullMarked
package io.klien.ui.demo;

import org.jspecify.annotations.NullMarked;
