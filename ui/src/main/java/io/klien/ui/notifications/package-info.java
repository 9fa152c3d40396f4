/** The notification bell in the staff and portal headers, and each person's email settings. */
@NullMarked
package io.klien.ui.notifications;

import org.jspecify.annotations.NullMarked;
