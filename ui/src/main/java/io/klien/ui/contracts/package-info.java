/** Staff pages for contracts: templates (tenant admins), the contracts list, drafting with terms, a contract's page. */
@NullMarked
package io.klien.ui.contracts;

import org.jspecify.annotations.NullMarked;
