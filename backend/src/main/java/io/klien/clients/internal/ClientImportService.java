package io.klien.clients.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.klien.clients.ClientImport;
import io.klien.clients.ContactDetails;
import io.klien.clients.ImportPreview;
import io.klien.clients.ImportProblem;
import io.klien.clients.ImportResult;
import io.klien.clients.ImportedClient;
import io.klien.shared.DomainException;
import io.klien.shared.NormalizedName;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ClientImportService implements ClientImport {

    private static final int SAMPLE_SIZE = 20;
    private static final int NAMES_PER_QUERY = 1000;
    private static final int CLIENTS_PER_FLUSH = 500;

    private final ClientRepository clients;
    private final EntityManager entityManager;
    private final Clock clock;
    private final long maxBytes;

    ClientImportService(ClientRepository clients, EntityManager entityManager, Clock clock,
            @Value("${klien.import.max-bytes:10485760}") long maxBytes) {
        this.clients = clients;
        this.entityManager = entityManager;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @Override
    @Transactional(readOnly = true)
    public ImportPreview preview(InputStream csv) {
        ClientCsv.Parsed file = checked(csv);
        return new ImportPreview(file.clients().size(), file.contactCount(),
                file.clients().stream().limit(SAMPLE_SIZE).toList(), file.problems());
    }

    @Override
    public ImportResult commit(InputStream csv) {
        Scope scope = TenantContext.acting();
        ClientCsv.Parsed file = checked(csv);
        if (!file.problems().isEmpty()) {
            throw new DomainException("clients.import.invalid", file.problems().size());
        }
        if (file.clients().isEmpty()) {
            throw new DomainException("clients.import.nothing");
        }
        Session session = entityManager.unwrap(Session.class);
        session.setJdbcBatchSize(100);
        Instant now = clock.instant();
        List<ImportedClient> all = file.clients();
        for (int from = 0; from < all.size(); from += CLIENTS_PER_FLUSH) {
            List<ImportedClient> chunk = all.subList(from, Math.min(all.size(), from + CLIENTS_PER_FLUSH));
            List<Client> created = new ArrayList<>(chunk.size());
            for (ImportedClient c : chunk) {
                Client client = Client.imported(c.name(), c.kind(), c.status(), c.tags(), now);
                entityManager.persist(client);
                created.add(client);
            }
            for (Client client : created) {
                entityManager.persist(ClientStatusChange.of(client.id(), null, client.status(), now, scope.subject()));
            }
            for (int i = 0; i < chunk.size(); i++) {
                boolean primary = true;
                for (ContactDetails details : chunk.get(i).contacts()) {
                    ClientContact contact = ClientContact.of(created.get(i).id(), details, now);
                    contact.markPrimary(primary);
                    primary = false;
                    entityManager.persist(contact);
                }
            }
            entityManager.flush();
            entityManager.clear();
        }
        return new ImportResult(all.size(), file.contactCount());
    }

    /** The parsed file with, added to its own problems, the clients whose name the firm already has. */
    private ClientCsv.Parsed checked(InputStream csv) {
        ClientCsv.Parsed file = ClientCsv.read(csv, maxBytes);
        if (file.clients().isEmpty()) {
            return file;
        }
        List<String> names = file.clients().stream().map(c -> NormalizedName.of(c.name())).distinct().toList();
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < names.size(); from += NAMES_PER_QUERY) {
            taken.addAll(clients.findTakenNormalizedNames(names.subList(from, Math.min(names.size(), from + NAMES_PER_QUERY))));
        }
        if (taken.isEmpty()) {
            return file;
        }
        List<ImportProblem> problems = new ArrayList<>(file.problems());
        file.clients().stream().filter(c -> taken.contains(NormalizedName.of(c.name())))
                .forEach(c -> problems.add(new ImportProblem(c.line(), "client_name", "clients.import.name.exists", c.name())));
        problems.sort(Comparator.comparingLong(ImportProblem::line));
        return new ClientCsv.Parsed(file.clients(), List.copyOf(problems));
    }
}
