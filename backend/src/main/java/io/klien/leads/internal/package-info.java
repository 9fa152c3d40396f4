@NullMarked
package io.klien.leads.internal;

import org.jspecify.annotations.NullMarked;
