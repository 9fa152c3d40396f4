package io.klien.contracts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What public verification concludes about a PDF, and the firm whose seal it carries (none when the PDF carries no
 * seal of any Klien firm), which need not be the firm whose page it was checked on.
 */
public record PublicSealCheck(SealVerification verification, @Nullable UUID sealedBy) {
}
