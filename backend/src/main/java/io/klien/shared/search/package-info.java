/**
 * Word-prefix search over names, emails and organizations through the {@code search_term} table, which database
 * triggers keep in step; its btree answers prefix ranges under row-level security.
 */
@NullMarked
package io.klien.shared.search;

import org.jspecify.annotations.NullMarked;
