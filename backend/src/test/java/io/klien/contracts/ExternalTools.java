package io.klien.contracts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs PDF tools that Klien did not write (poppler's pdfsig, pdftotext and pdffonts; qpdf) on a file. They are part of
 * the test machine (Debian packages poppler-utils and qpdf); a machine without them fails here, naming the packages.
 */
final class ExternalTools {

    record Output(int exitCode, String text) {
    }

    private ExternalTools() {
    }

    static Output run(String tool, Path file, String... options) throws IOException, InterruptedException {
        Path executable = Path.of("/usr/bin", tool);
        if (!Files.isExecutable(executable)) {
            throw new AssertionError(tool + " is missing: install the Debian packages poppler-utils and qpdf"
                    + " (apt-get install -y poppler-utils qpdf); seals are checked by tools Klien did not write");
        }
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(options));
        command.add(file.toString());
        if (tool.equals("pdftotext")) {
            command.add("-");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(tool + " did not finish");
        }
        return new Output(process.exitValue(), text);
    }
}
