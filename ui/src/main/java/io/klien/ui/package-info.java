/** The browser user interface: Vaadin views for firm staff, clients, tenant admins and platform operators. */
@NullMarked
@ApplicationModule(displayName = "User interface")
package io.klien.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
