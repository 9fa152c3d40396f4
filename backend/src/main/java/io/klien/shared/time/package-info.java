/** The firm's idea of time: its zone, its today, and how its dates, times and money read. */
@NullMarked
package io.klien.shared.time;

import org.jspecify.annotations.NullMarked;
