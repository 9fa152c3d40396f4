/** The projects module's entities, repositories and service implementations; nothing here is used from outside. */
@NullMarked
package io.klien.projects.internal;

import org.jspecify.annotations.NullMarked;
