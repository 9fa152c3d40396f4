/**
 * Staff pages for projects: the projects list, a project's page (plan, tasks, updates, deliverables, usage,
 * discussion, team), the client page's Projects tab, and the support queue with its service-level timers.
 */
@NullMarked
package io.klien.ui.projects;

import org.jspecify.annotations.NullMarked;
