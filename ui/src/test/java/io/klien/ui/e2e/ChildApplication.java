package io.klien.ui.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
                KlienApplication.class.getName(),
                // the tests read what starting up says; mail left undelivered by earlier runs is not theirs to retry
                "--spring.modulith.events.republish-outstanding-events-on-restart=false"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("KLIEN_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        // read on the side: a child that never ends must not hang the suite, it fails the test after 120 s
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getInputStream().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("The application neither started nor stopped within 120 s; its output:\n"
                    + new String(output.getNow(new byte[0]), StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), new String(output.join(), StandardCharsets.UTF_8));
    }

    record Result(int exitCode, String output) {

        List<String> stackTraceLines() {
            return output.lines().filter(line -> line.startsWith("\tat ") || line.contains("Caused by:")).toList();
        }
    }
}
