/**
 * In-app and email notifications for the members of a firm, each person's choice of email per kind, and the
 * reminder run that asks other modules' {@link io.klien.notifications.ReminderSource}s what is due in every firm.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "tenancy"})
package io.klien.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
