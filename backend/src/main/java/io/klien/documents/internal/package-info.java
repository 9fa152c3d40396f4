/** Document metadata, the PostgreSQL chunk store and the content checks behind the documents API. */
@NullMarked
package io.klien.documents.internal;

import org.jspecify.annotations.NullMarked;
