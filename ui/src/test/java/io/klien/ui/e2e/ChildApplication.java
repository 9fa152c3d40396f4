package io.klien.ui.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.klien.KlienApplication;

/**
 * The real application in a JVM of its own, configured as an operator would: no profile, only the environment
 * variables given (none of the test JVM's KLIEN_* ones), and command-line arguments. Returns what the operator sees.
 */
final class ChildApplication {

    private ChildApplication() {
    }

    static Result start(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "-Dspring.profiles.active=",
                KlienApplication.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("KLIEN_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The application neither started nor stopped within 120 s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    record Result(int exitCode, String output) {

        List<String> stackTraceLines() {
            return output.lines().filter(line -> line.startsWith("\tat ") || line.contains("Caused by:")).toList();
        }
    }
}
