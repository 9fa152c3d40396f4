@NullMarked
package io.klien.ui.invitations;

import org.jspecify.annotations.NullMarked;
