package io.klien.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How much CPU other processes took while a comparison ran: all busy CPU time on the machine (user, system, and time
 * stolen by the hypervisor) minus this JVM's and the serving PostgreSQL backends'. Linux only (reads /proc), and only
 * meaningful when PostgreSQL runs on this machine; otherwise it reports nothing.
 */
final class CpuMonitor {

    /** USER_HZ, the unit of /proc's CPU times; 100 on every mainstream Linux. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final List<Integer> backendPids;

    CpuMonitor(List<Integer> backendPids) {
        this.backendPids = backendPids;
    }

    record Sample(long nanoTime, long busyTicks, long ownTicks, boolean valid) {
    }

    Sample sample() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...: user, nice, system and steal; interrupt time
            // is left out because loopback networking, mostly this benchmark's own, is accounted there
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 8}) {
                busy += i < cpu.length ? Long.parseLong(cpu[i]) : 0;
            }
            long own = processTicks("self");
            for (int pid : backendPids) {
                own += processTicks(Integer.toString(pid));
            }
            return new Sample(System.nanoTime(), busy, own, true);
        } catch (IOException | RuntimeException e) {
            return new Sample(System.nanoTime(), 0, 0, false);
        }
    }

    /** Average number of CPUs other processes kept busy between two samples. */
    static OptionalDouble otherCpus(Sample from, Sample to) {
        if (!from.valid() || !to.valid() || to.nanoTime() <= from.nanoTime()) {
            return OptionalDouble.empty();
        }
        double seconds = (to.nanoTime() - from.nanoTime()) / 1e9;
        double others = ((to.busyTicks() - from.busyTicks()) - (to.ownTicks() - from.ownTicks())) / TICKS_PER_SECOND;
        return OptionalDouble.of(Math.max(0, others / seconds));
    }

    /** utime + stime of a process, from /proc/[pid]/stat (fields 14 and 15, counted after the command name). */
    private static long processTicks(String pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split("\\s+");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
