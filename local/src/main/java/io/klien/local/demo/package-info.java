@NullMarked
package io.klien.local.demo;

import org.jspecify.annotations.NullMarked;
