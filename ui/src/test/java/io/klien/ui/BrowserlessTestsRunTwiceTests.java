package io.klien.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.ClassNameFilter.excludeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Browserless tests pass again on a database that still holds everything their first run (and any earlier run)
 * left behind: each test class works in firms of its own ({@link OwnFirms}), so nobody has to clean up between
 * runs. Runs every browserless test class of this module twice in a row, in this JVM, with the application context
 * the other tests share (about 15 seconds a run).
 */
class BrowserlessTestsRunTwiceTests {

    /**
     * Not browserless: the Chromium journeys, Keycloak provisioning, the load generator (it starts the app and signs
     * in through Keycloak), the public wall's tests over HTTP (their own web server on the app's port), static checks,
     * and this test itself.
     */
    private static final String[] OTHER_TESTS = {"io\\.klien\\.ui\\.e2e\\..*", "io\\.klien\\.ui\\.provisioning\\..*",
            "io\\.klien\\.ui\\.capacity\\..*", ".*\\.WallTests", ".*\\.DemoWallTests", ".*\\.ModularityTests",
            ".*\\.TranslationsTests", ".*\\.DeployableJarInspection", ".*\\.BrowserlessTestsRunTwiceTests"};

    @Test
    void theBrowserlessTestsPassTwiceOnTheSameDatabase() {
        for (int run = 1; run <= 2; run++) {
            TestExecutionSummary summary = runOnce();

            assertThat(summary.getTestsStartedCount()).as("tests started in run %d", run).isGreaterThanOrEqualTo(80);
            assertThat(summary.getFailures()).as("failures in run %d", run)
                    .extracting(failure -> failure.getTestIdentifier().getLegacyReportingName() + ": "
                            + failure.getException())
                    .isEmpty();
            assertThat(summary.getTestsSucceededCount()).as("tests passed in run %d", run)
                    .isEqualTo(summary.getTestsStartedCount());
        }
    }

    private static TestExecutionSummary runOnce() {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("io.klien.ui"))
                .filters(excludeClassNamePatterns(OTHER_TESTS))
                .build(), summary);
        return summary.getSummary();
    }
}
