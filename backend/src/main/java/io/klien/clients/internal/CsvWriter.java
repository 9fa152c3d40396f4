package io.klien.clients.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 records (CRLF line ends). Cells a spreadsheet would run as a formula (starting with = + - @, tab or
 * carriage return, also after leading spaces, which spreadsheets skip) get a leading apostrophe, so an exported file
 * cannot execute anything when opened.
 */
final class CsvWriter {

    /** What makes a spreadsheet read a cell as a formula, in ASCII and in the full-width forms some locales accept. */
    private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escaped(neutralised(cells.get(i))));
        }
        out.write("\r\n");
    }

    static String neutralised(String cell) {
        int first = 0;
        while (first < cell.length() && blank(cell.charAt(first))) {
            first++;
        }
        if (first < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(first)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    /** Spaces a spreadsheet skips before a formula (tab and line breaks start one themselves). */
    private static boolean blank(char c) {
        return "\t\r\n".indexOf(c) < 0 && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    static String escaped(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\r') < 0 && cell.indexOf('\n') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
