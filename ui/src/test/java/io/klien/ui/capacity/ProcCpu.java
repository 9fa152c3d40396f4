package io.klien.ui.capacity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the processes on this Linux machine, split into the app's JVM, PostgreSQL (every {@code postgres}
 * process, plus what exited backends left in the postmaster's children's time), Keycloak (the Java process whose
 * command line sets kc.home.dir), this load generator and the whole machine, from {@code /proc}. In clock ticks
 * (USER_HZ, 100 per second on Linux).
 */
final class ProcCpu {

    static final double TICKS_PER_SECOND = 100.0;

    private ProcCpu() {
    }

    /** Ticks used so far by each part, and {@code machine} for all busy CPU time of the machine. */
    static Map<String, Long> snapshot(long appPid) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        ticks.put("app", 0L);
        ticks.put("postgres", 0L);
        ticks.put("keycloak", 0L);
        ticks.put("generator", 0L);
        long self = ProcessHandle.current().pid();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                long pid = Long.parseLong(p.getFileName().toString());
                String[] stat = stat(p);
                if (stat == null) {
                    return;
                }
                long own = Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
                long children = Long.parseLong(stat[15]) + Long.parseLong(stat[16]);
                if (pid == appPid) {
                    ticks.merge("app", own, Long::sum);
                } else if (pid == self) {
                    ticks.merge("generator", own, Long::sum);
                } else if ("postgres".equals(stat[1])) {
                    ticks.merge("postgres", own + children, Long::sum);
                } else if (cmdline(p).contains("-Dkc.home.dir")) {
                    ticks.merge("keycloak", own, Long::sum);
                }
            });
        } catch (IOException e) {
            return ticks;
        }
        ticks.put("machine", machineBusy());
        return ticks;
    }

    /** The fields of /proc/pid/stat (index 1 = the command name without parentheses), or null if it is gone. */
    private static String[] stat(Path process) {
        try {
            String text = Files.readString(process.resolve("stat"));
            int open = text.indexOf('(');
            int close = text.lastIndexOf(')');
            String[] rest = text.substring(close + 2).split(" ");
            String[] fields = new String[rest.length + 2];
            fields[0] = text.substring(0, open).strip();
            fields[1] = text.substring(open + 1, close);
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String cmdline(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static long machineBusy() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length; i++) {
                if (i != 4 && i != 5) { // idle and iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Cores used per part between two snapshots taken {@code seconds} apart. */
    static Map<String, Double> cores(Map<String, Long> before, Map<String, Long> after, double seconds) {
        Map<String, Double> cores = new LinkedHashMap<>();
        after.forEach((part, ticks) -> cores.put(part, (ticks - before.getOrDefault(part, 0L)) / TICKS_PER_SECOND / seconds));
        return cores;
    }
}
