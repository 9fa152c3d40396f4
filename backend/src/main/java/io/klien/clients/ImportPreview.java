package io.klien.clients;

import java.util.List;

/**
 * What importing a CSV file would do: how many clients and contacts it would create, the first of them as a sample,
 * and every problem that stops the import (the import commits only when there is none).
 */
public record ImportPreview(int clientCount, int contactCount, List<ImportedClient> sample, List<ImportProblem> problems) {

    public boolean importable() {
        return problems.isEmpty() && clientCount > 0;
    }
}
