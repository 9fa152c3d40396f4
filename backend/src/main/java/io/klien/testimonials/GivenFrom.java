package io.klien.testimonials;

import org.jspecify.annotations.Nullable;

/** Where a testimonial was given from, as the caller saw the request: kept with the consent. */
public record GivenFrom(@Nullable String ipAddress, @Nullable String userAgent) {

    public static final GivenFrom UNKNOWN = new GivenFrom(null, null);
}
