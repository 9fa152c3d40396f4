package io.klien.clients;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import io.klien.clients.internal.Client;
import io.klien.clients.internal.ClientCsv;
import io.klien.clients.internal.ClientQueries;
import io.klien.shared.PersonRefs;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.search.SearchWords;
import io.klien.clients.internal.ClientRepository;
import io.klien.clients.internal.CsvWriter;
import jakarta.persistence.EntityManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Exports the clients grid, as filtered, to CSV in the format {@link ClientImport} reads. */
@Service
@FirmRoles({TENANT_ADMIN, STAFF})
public class ClientExport {

    private static final int PAGE_SIZE = 500;
    private static final List<ClientCsv.Column> COLUMNS = List.of(ClientCsv.Column.CLIENT_NAME,
            ClientCsv.Column.CLIENT_KIND, ClientCsv.Column.CLIENT_STATUS, ClientCsv.Column.TAGS);

    private final ClientRepository clients;
    private final EntityManager entityManager;
    private final SearchWords searchWords;

    ClientExport(ClientRepository clients, EntityManager entityManager, SearchWords searchWords) {
        this.clients = clients;
        this.searchWords = searchWords;
        this.entityManager = entityManager;
    }

    /**
     * Writes the clients matching the filter, by name, as UTF-8 CSV with a header row, page by page from one
     * consistent snapshot. The stream is flushed, not closed.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void exportCsv(ClientFilter filter, OutputStream out) {
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, StandardCharsets.UTF_8))) {
            CsvWriter csv = new CsvWriter(writer);
            writer.write('\uFEFF');
            csv.row(COLUMNS.stream().map(ClientCsv.Column::header).toList());
            Pageable page = PageRequest.of(0, PAGE_SIZE, Sort.by("name", "id"));
            Slice<Client> slice;
            Specification<Client> matching = ClientQueries.matching(filter, searchWords.of(filter.text()));
            do {
                Pageable current = page;
                slice = clients.findBy(matching, q -> q.slice(current));
                for (Client client : slice) {
                    ClientSummary s = client.toSummary(PersonRefs.none());
                    csv.row(Arrays.asList(s.name(), s.kind().name(), s.status().name(), String.join("; ", s.tags())));
                }
                entityManager.clear();
                page = page.next();
            } while (slice.hasNext());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
