@NullMarked
package io.klien.onboarding.internal;

import org.jspecify.annotations.NullMarked;
