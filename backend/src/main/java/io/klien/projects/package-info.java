/**
 * Projects: the work a firm does for a client, from the signed contract (its scope becomes milestones, its quota the
 * budget, its term the dates) to the last completed milestone. Staff run a project with its team and status; the
 * client follows it and does the tasks shared with them. Internal tasks never reach a client user.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "tenancy", "clients", "contracts", "documents", "audit",
        "notifications"})
package io.klien.projects;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
