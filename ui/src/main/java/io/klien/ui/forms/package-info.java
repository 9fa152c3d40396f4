/** The UI kit for forms: {@code Binder}-bound inputs that show the service's refusals at the input they are about. */
@NullMarked
package io.klien.ui.forms;

import org.jspecify.annotations.NullMarked;
