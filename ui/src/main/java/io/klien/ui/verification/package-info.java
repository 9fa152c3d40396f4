/** The public verification page: anyone checks a sealed contract's PDF or verification code without signing in. */
@NullMarked
package io.klien.ui.verification;

import org.jspecify.annotations.NullMarked;
