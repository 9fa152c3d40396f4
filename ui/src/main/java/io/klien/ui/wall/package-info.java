/**
 * A firm's public testimonial pages, open without signing in: the wall ({@code /wall/<firm>}), the embeddable widget
 * and the JSON feed, server-rendered by Spring MVC (not Vaadin) from a per-firm cache that the testimonials module's
 * events empty at once, rate limited per client address.
 */
@NullMarked
package io.klien.ui.wall;

import org.jspecify.annotations.NullMarked;
