@NullMarked
package io.klien.notifications.internal;

import org.jspecify.annotations.NullMarked;
