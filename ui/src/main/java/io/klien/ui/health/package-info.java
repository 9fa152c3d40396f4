/** Relationship health in the app: the client page's Health tab, the dashboard cards, the NPS schedule, NPS answers. */
@NullMarked
package io.klien.ui.health;

import org.jspecify.annotations.NullMarked;
