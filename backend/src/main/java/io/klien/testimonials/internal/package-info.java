/** The testimonials module's entities, repositories and service implementations; nothing here is used from outside. */
@NullMarked
package io.klien.testimonials.internal;

import org.jspecify.annotations.NullMarked;
