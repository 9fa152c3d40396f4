package io.klien.clients.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 records one at a time: comma-separated, fields in double quotes may hold commas, doubled quotes
 * and line breaks; CRLF, LF or CR end a record. A leading byte order mark is skipped.
 */
final class CsvReader {

    /** A record and the line of the file it starts on. */
    record Row(long line, List<String> fields) {

        public boolean blank() {
            return fields.size() == 1 && fields.getFirst().isBlank();
        }
    }

    /** The file is not valid CSV at the given line; the reason is a message key. */
    static final class MalformedCsv extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final long line;
        private final String reason;

        MalformedCsv(long line, String reason) {
            super(reason + " at line " + line);
            this.line = line;
            this.reason = reason;
        }

        public long line() {
            return line;
        }

        public String reason() {
            return reason;
        }
    }

    private static final int NONE = -2;

    private final Reader in;
    private long line = 1;
    private int pushedBack = NONE;
    private boolean started;

    public CsvReader(Reader in) {
        this.in = in;
    }

    public @Nullable Row next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            field.setLength(0);
            if (c == '"') {
                c = quoted(field, start);
                if (c != ',' && c != '\r' && c != '\n' && c != -1) {
                    throw new MalformedCsv(line, "clients.import.csv.text-after-quote");
                }
            } else {
                while (c != ',' && c != '\r' && c != '\n' && c != -1) {
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r' || c == '\n') {
                endLine(c);
            }
            return new Row(start, List.copyOf(fields));
        }
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int quoted(StringBuilder field, long start) throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                throw new MalformedCsv(start, "clients.import.csv.unclosed-quote");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    return after;
                }
                field.append('"');
            } else if (c == '\r' || c == '\n') {
                endLine(c);
                field.append('\n');
            } else {
                field.append((char) c);
            }
        }
    }

    private void endLine(int c) throws IOException {
        line++;
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                pushedBack = after;
            }
        }
    }

    private int read() throws IOException {
        if (pushedBack != NONE) {
            int c = pushedBack;
            pushedBack = NONE;
            return c;
        }
        return in.read();
    }
}
