/**
 * Durable side effects: cross-module events go through Spring Modulith's event publication registry, are resubmitted
 * when a listener failed or a process died, and listeners deliver each effect once.
 */
@NullMarked
package io.klien.shared.events;

import org.jspecify.annotations.NullMarked;
