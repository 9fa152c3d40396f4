package io.klien.localservices;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a local service failure into Spring Boot's short startup report instead of a stack trace. */
class LocalServiceFailureAnalyzer extends AbstractFailureAnalyzer<LocalServiceException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LocalServiceException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
