/** Running onboardings: the staff checklist and board, the client's checklist in the portal, and their steps. */
@NullMarked
package io.klien.ui.onboarding;

import org.jspecify.annotations.NullMarked;
