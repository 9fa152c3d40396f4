package io.klien.clients;

import org.jspecify.annotations.Nullable;

/**
 * Why a line of an imported CSV file cannot be imported: the line in the file (1 is the header), the column (null
 * when the whole row is meant), a message key for the reason, and the offending value when there is one.
 */
public record ImportProblem(long line, @Nullable String column, String reason, @Nullable String value) {
}
