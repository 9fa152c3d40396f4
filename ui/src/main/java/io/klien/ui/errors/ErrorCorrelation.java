package io.klien.ui.errors;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Logs a failure with a short id the user can quote to support; the page shows only the id. */
public final class ErrorCorrelation {

    private static final Logger log = LoggerFactory.getLogger(ErrorCorrelation.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorCorrelation() {
    }

    public static String log(String what, Throwable failure) {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes).toUpperCase();
        MDC.put("correlationId", id);
        try {
            log.error("[{}] {} failed", id, what, failure);
        } finally {
            MDC.remove("correlationId");
        }
        return id;
    }
}
