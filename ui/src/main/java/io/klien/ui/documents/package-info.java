/** Document upload and download for any record that collects files (onboarding steps, later contracts). */
@NullMarked
package io.klien.ui.documents;

import org.jspecify.annotations.NullMarked;
