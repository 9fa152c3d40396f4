package io.klien.clients.internal;

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

import io.klien.clients.ClientExport;
import io.klien.clients.ClientFilter;
import io.klien.clients.ClientSummary;
import io.klien.shared.PersonRefs;
import io.klien.shared.search.SearchWords;
import jakarta.persistence.EntityManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

@Service
class ClientExportService implements ClientExport {

    private static final int PAGE_SIZE = 500;
    private static final List<ClientCsv.Column> COLUMNS = List.of(ClientCsv.Column.CLIENT_NAME,
            ClientCsv.Column.CLIENT_KIND, ClientCsv.Column.CLIENT_STATUS, ClientCsv.Column.TAGS);

    private final ClientRepository clients;
    private final EntityManager entityManager;
    private final SearchWords searchWords;

    ClientExportService(ClientRepository clients, EntityManager entityManager, SearchWords searchWords) {
        this.clients = clients;
        this.searchWords = searchWords;
        this.entityManager = entityManager;
    }

    @Override
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
