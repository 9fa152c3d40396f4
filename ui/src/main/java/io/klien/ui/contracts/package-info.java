/**
 * Staff pages for contracts: templates (tenant admins), the contracts list, drafting with terms, a contract's page;
 * and the signing ceremony, for the firm's signatory and for client users in the portal (their contracts to sign).
 */
@NullMarked
package io.klien.ui.contracts;

import org.jspecify.annotations.NullMarked;
