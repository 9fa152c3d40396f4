/**
 * Pages for testimonials: the staff moderation queue, the client page's Testimonials tab (with asking by hand), the
 * portal's own testimonials (give, edit, withdraw, answer a suggested edit) with the prompt on the portal home, and the
 * single-use link page for a contact without a portal account. All share one form ({@link TestimonialForm}).
 */
@NullMarked
package io.klien.ui.testimonials;

import org.jspecify.annotations.NullMarked;
