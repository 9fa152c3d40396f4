@NullMarked
package io.klien.ui.leads;

import org.jspecify.annotations.NullMarked;
