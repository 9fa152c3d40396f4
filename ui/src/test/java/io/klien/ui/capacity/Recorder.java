package io.klien.ui.capacity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies and errors per interaction kind, from many virtual threads. */
final class Recorder {

    private final Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

    void ok(String kind, long elapsedNanos) {
        nanos.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(elapsedNanos);
    }

    void error(String kind, Throwable failure) {
        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        if (errorSamples.size() < 20) {
            errorSamples.add(kind + ": " + failure);
        }
    }

    /** Figures of one kind: count, errors and nearest-rank percentiles in milliseconds. */
    record Figures(String kind, long count, long errors, double p50, double p95, double p99, double max) {
    }

    List<Figures> figures() {
        Map<String, Figures> byKind = new TreeMap<>();
        java.util.Set<String> kinds = new java.util.TreeSet<>(nanos.keySet());
        kinds.addAll(errors.keySet());
        for (String kind : kinds) {
            long[] sorted = nanos.getOrDefault(kind, new ConcurrentLinkedQueue<>()).stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            byKind.put(kind, new Figures(kind, sorted.length, errors.getOrDefault(kind, new AtomicLong()).get(),
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6));
        }
        return new ArrayList<>(byKind.values());
    }

    long count(String prefix) {
        return nanos.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(e -> e.getValue().size()).sum();
    }

    long totalErrors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }

    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
