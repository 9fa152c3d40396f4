package io.klien.testimonials;

/** How a published testimonial names its author: the name they gave, its initials, or "a client". */
public enum Attribution {
    NAME, INITIALS, ANONYMOUS
}
