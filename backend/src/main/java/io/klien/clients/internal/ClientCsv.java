package io.klien.clients.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.klien.clients.ClientKind;
import io.klien.clients.ClientStatus;
import io.klien.clients.ContactDetails;
import io.klien.clients.ImportProblem;
import io.klien.clients.ImportedClient;
import io.klien.shared.ContactFormat;
import io.klien.shared.DomainException;
import io.klien.shared.LimitedInputStream;
import io.klien.shared.NormalizedName;
import org.jspecify.annotations.Nullable;

/**
 * The clients-and-contacts CSV format: reads a file row by row into the clients it describes (rows naming the same
 * client add contacts to it) and every problem found on the way. Knows nothing of the database.
 */
final class ClientCsv {

    /** The columns, in the order an export writes them. */
    enum Column {
        CLIENT_NAME, CLIENT_KIND, CLIENT_STATUS, TAGS, CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, CONTACT_ROLE;

        public String header() {
            return name().toLowerCase(Locale.ROOT);
        }

        static @Nullable Column of(String header) {
            String h = header.strip().toLowerCase(Locale.ROOT);
            for (Column c : values()) {
                if (c.header().equals(h)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** What the file describes, in file order, and what is wrong with it. */
    record Parsed(List<ImportedClient> clients, List<ImportProblem> problems) {

        public int contactCount() {
            return clients.stream().mapToInt(c -> c.contacts().size()).sum();
        }
    }

    private static final long MEGABYTE = 1024L * 1024L;
    private static final int NAME_MAX = 200;
    private static final int TAG_MAX = 100;
    private static final int SHOWN_MAX = 100;

    private final Map<String, Draft> byName = new LinkedHashMap<>();
    private final Map<String, Draft> byNormalizedName = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<Column, Integer> positions = new EnumMap<>(Column.class);

    private ClientCsv() {
    }

    /** Reads UTF-8 CSV from the stream, refusing (clients.import.too-large) to read more than maxBytes. */
    public static Parsed read(InputStream csv, long maxBytes) {
        ClientCsv file = new ClientCsv();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            file.readAll(new CsvReader(new BufferedReader(new InputStreamReader(
                    new LimitedInputStream(csv, maxBytes, () -> {
                        throw new DomainException("clients.import.too-large", (maxBytes + MEGABYTE - 1) / MEGABYTE);
                    }), decoder), 64 * 1024)));
        } catch (CharacterCodingException e) {
            throw new DomainException("clients.import.not-utf8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file.problems.sort(Comparator.comparingLong(ImportProblem::line));
        return new Parsed(file.byName.values().stream().map(Draft::toClient).toList(), List.copyOf(file.problems));
    }

    private void readAll(CsvReader reader) throws IOException {
        try {
            CsvReader.Row header = reader.next();
            if (header == null || header.blank()) {
                problem(1, null, "clients.import.header.missing", null);
                return;
            }
            if (!readHeader(header)) {
                return;
            }
            boolean anyRow = false;
            for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
                if (!row.blank()) {
                    anyRow = true;
                    readRow(row);
                }
            }
            if (!anyRow) {
                problem(2, null, "clients.import.no-rows", null);
            }
        } catch (CsvReader.MalformedCsv e) {
            problem(e.line(), null, e.reason(), null);
        }
    }

    private boolean readHeader(CsvReader.Row header) {
        boolean ok = true;
        for (int i = 0; i < header.fields().size(); i++) {
            String raw = header.fields().get(i);
            Column column = Column.of(raw);
            if (column == null) {
                problem(1, raw.strip(), "clients.import.column.unknown", raw.strip());
                ok = false;
            } else if (positions.putIfAbsent(column, i) != null) {
                problem(1, column.header(), "clients.import.column.repeated", raw.strip());
                ok = false;
            }
        }
        if (!positions.containsKey(Column.CLIENT_NAME)) {
            problem(1, Column.CLIENT_NAME.header(), "clients.import.column.missing", null);
            ok = false;
        }
        return ok;
    }

    private void readRow(CsvReader.Row row) {
        long line = row.line();
        if (row.fields().size() > positions.size()) {
            problem(line, null, "clients.import.row.too-many-fields",
                    String.valueOf(row.fields().size()));
            return;
        }
        String name = text(row, Column.CLIENT_NAME, NAME_MAX);
        if (name == null) {
            if (cell(row, Column.CLIENT_NAME).isBlank()) {
                problem(line, Column.CLIENT_NAME.header(), "clients.import.name.required", null);
            }
            return;
        }
        ClientKind kind = kind(row);
        ClientStatus status = status(row);
        List<String> tags = tags(row);
        String key = name.toLowerCase(Locale.ROOT);
        Draft client = byName.get(key);
        if (client == null) {
            client = new Draft(line, name, kind == null ? ClientKind.ORGANIZATION : kind, status, tags);
            Draft sameName = byNormalizedName.putIfAbsent(NormalizedName.of(name), client);
            if (sameName != null) {
                problem(line, Column.CLIENT_NAME.header(), "clients.import.name.repeated", name);
                return;
            }
            byName.put(key, client);
        } else {
            sameAsBefore(row, Column.CLIENT_KIND, kind, client.kind);
            sameAsBefore(row, Column.CLIENT_STATUS, status, client.status);
            if (!tags.isEmpty() && !tags.equals(client.tags)) {
                problem(line, Column.TAGS.header(), "clients.import.client.differs",
                        cell(row, Column.TAGS));
            }
        }
        ContactDetails contact = contact(row);
        if (contact != null) {
            client.contacts.add(contact);
        }
    }

    private void problem(long line, @Nullable String column, String reason, @Nullable String value) {
        String shown = value == null || value.length() <= SHOWN_MAX ? value : value.substring(0, SHOWN_MAX) + "…";
        problems.add(new ImportProblem(line, column, reason, shown));
    }

    private void sameAsBefore(CsvReader.Row row, Column column, @Nullable Object value, @Nullable Object before) {
        if (value != null && !value.equals(before)) {
            problem(row.line(), column.header(), "clients.import.client.differs", cell(row, column));
        }
    }

    private @Nullable ClientKind kind(CsvReader.Row row) {
        String raw = cell(row, Column.CLIENT_KIND).strip();
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return ClientKind.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(row.line(), Column.CLIENT_KIND.header(), "clients.import.kind.unknown", raw);
            return null;
        }
    }

    private @Nullable ClientStatus status(CsvReader.Row row) {
        String raw = cell(row, Column.CLIENT_STATUS).strip();
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return ClientStatus.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(row.line(), Column.CLIENT_STATUS.header(), "clients.import.status.unknown", raw);
            return null;
        }
    }

    private List<String> tags(CsvReader.Row row) {
        List<String> tags = new ArrayList<>();
        for (String t : cell(row, Column.TAGS).split(";")) {
            String tag = t.strip();
            if (tag.length() > TAG_MAX) {
                problem(row.line(), Column.TAGS.header(), "clients.import.text.too-long", tag);
            } else if (!tag.isEmpty() && tags.stream().noneMatch(tag::equalsIgnoreCase)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private @Nullable ContactDetails contact(CsvReader.Row row) {
        String name = text(row, Column.CONTACT_NAME, NAME_MAX);
        String role = text(row, Column.CONTACT_ROLE, NAME_MAX);
        String email = checked(row, Column.CONTACT_EMAIL, "clients.import.email.invalid");
        String phone = checked(row, Column.CONTACT_PHONE, "clients.import.phone.invalid");
        boolean anyGiven = !cell(row, Column.CONTACT_EMAIL).isBlank() || !cell(row, Column.CONTACT_PHONE).isBlank()
                || !cell(row, Column.CONTACT_ROLE).isBlank();
        if (name == null) {
            if (anyGiven && cell(row, Column.CONTACT_NAME).isBlank()) {
                problem(row.line(), Column.CONTACT_NAME.header(),
                        "clients.import.contact-name.required", null);
            }
            return null;
        }
        return new ContactDetails(name, email, phone, role);
    }

    private @Nullable String checked(CsvReader.Row row, Column column, String reason) {
        String raw = cell(row, column);
        try {
            return column == Column.CONTACT_EMAIL ? ContactFormat.email(raw, reason) : ContactFormat.phone(raw, reason);
        } catch (DomainException e) {
            problem(row.line(), column.header(), reason, raw.strip());
            return null;
        }
    }

    /** The stripped text, or null when blank or too long (a problem is recorded then). */
    private @Nullable String text(CsvReader.Row row, Column column, int max) {
        String text = cell(row, column).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            problem(row.line(), column.header(), "clients.import.text.too-long", text);
            return null;
        }
        return text;
    }

    private String cell(CsvReader.Row row, Column column) {
        Integer at = positions.get(column);
        return at == null || at >= row.fields().size() ? "" : Objects.requireNonNull(row.fields().get(at));
    }

    private static final class Draft {

        final long line;
        final String name;
        final ClientKind kind;
        final @Nullable ClientStatus status;
        final List<String> tags;
        final List<ContactDetails> contacts = new ArrayList<>();

        Draft(long line, String name, ClientKind kind, @Nullable ClientStatus status, List<String> tags) {
            this.line = line;
            this.name = name;
            this.kind = kind;
            this.status = status;
            this.tags = tags;
        }

        ImportedClient toClient() {
            return new ImportedClient(line, name, kind, status, List.copyOf(tags), List.copyOf(contacts));
        }
    }
}
