/** Contract templates, contracts, signatories and seals as stored; PDF rendering, sealing and seal inspection. */
@NullMarked
package io.klien.contracts.internal;

import org.jspecify.annotations.NullMarked;
