package io.klien.contracts;

import org.jspecify.annotations.Nullable;

/** How either side ends the contract early: the notice it gives and the fee due when the client withdraws. */
public record Termination(int noticeDays, @Nullable Money fee) {
}
