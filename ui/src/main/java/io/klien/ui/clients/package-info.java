@NullMarked
package io.klien.ui.clients;

import org.jspecify.annotations.NullMarked;
