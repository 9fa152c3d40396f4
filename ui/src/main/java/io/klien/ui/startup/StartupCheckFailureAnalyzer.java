package io.klien.ui.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a failed startup check as Spring Boot's short report: description and action, no stack trace. */
class StartupCheckFailureAnalyzer extends AbstractFailureAnalyzer<StartupCheckFailed> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupCheckFailed cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
