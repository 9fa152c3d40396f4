package io.klien.contracts.internal;

import java.io.Serial;

/** A firm's private seal key cannot be used: the configured key-encryption key is not the one it was stored under. */
class SealKeyUnavailableException extends IllegalStateException {

    @Serial
    private static final long serialVersionUID = 1L;

    SealKeyUnavailableException(String message) {
        super(message);
    }
}
