package io.klien.benchmarks;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

import io.klien.ClientsBenchmarkApplication;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.hibernate.stat.Statistics;

/**
 * Times calls {@code 0, 1, ...} made as one person after a warm-up, with the statements each took: those prepared or
 * created on the application's connections by this thread, and Hibernate's (process-wide, so a mean).
 */
final class CallTimer {

    private CallTimer() {
    }

    /** What the calls took; {@code ms} and {@code jdbc} sorted. */
    record Timings(double[] ms, long[] jdbc, double hibernatePerCall, int minRows, int maxRows) {

        double percentile(double p) {
            return BenchBackend.percentile(ms, p);
        }

        double max() {
            return ms[ms.length - 1];
        }

        long mostStatements() {
            return jdbc[jdbc.length - 1];
        }

        String statements() {
            return range(jdbc[0], mostStatements());
        }

        String rows() {
            return range(minRows, maxRows);
        }

        static String range(long min, long max) {
            return min == max ? Long.toString(min) : min + "-" + max;
        }
    }

    /** {@code call} returns how many rows the call gave. */
    static Timings time(Scope scope, IntUnaryOperator call, Statistics stats, int warmup, int iterations) {
        for (int i = 0; i < warmup; i++) {
            int n = i;
            TenantContext.callIn(scope, () -> call.applyAsInt(n));
        }
        double[] ms = new double[iterations];
        long[] jdbc = new long[iterations];
        int minRows = Integer.MAX_VALUE;
        int maxRows = 0;
        long hibernate = 0;
        for (int i = 0; i < iterations; i++) {
            int n = i;
            long jdbcBefore = ClientsBenchmarkApplication.statementsOfThisThread();
            long hibernateBefore = stats.getPrepareStatementCount();
            long start = System.nanoTime();
            int rows = TenantContext.callIn(scope, () -> call.applyAsInt(n));
            ms[i] = (System.nanoTime() - start) / 1e6;
            jdbc[i] = ClientsBenchmarkApplication.statementsOfThisThread() - jdbcBefore;
            hibernate += stats.getPrepareStatementCount() - hibernateBefore;
            minRows = Math.min(minRows, rows);
            maxRows = Math.max(maxRows, rows);
        }
        Arrays.sort(ms);
        Arrays.sort(jdbc);
        return new Timings(ms, jdbc, (double) hibernate / iterations, minRows, maxRows);
    }

    /** The statements one call takes on this thread. */
    static long statementsOf(Scope scope, IntUnaryOperator call) {
        long before = ClientsBenchmarkApplication.statementsOfThisThread();
        TenantContext.callIn(scope, () -> call.applyAsInt(0));
        return ClientsBenchmarkApplication.statementsOfThisThread() - before;
    }
}
