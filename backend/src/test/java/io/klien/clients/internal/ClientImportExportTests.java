package io.klien.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.clients.ClientContacts;
import io.klien.clients.ClientExport;
import io.klien.clients.ClientFilter;
import io.klien.clients.ClientImport;
import io.klien.clients.ClientKind;
import io.klien.clients.ClientSearch;
import io.klien.clients.ClientStatus;
import io.klien.clients.ClientSummary;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.clients.ContactView;
import io.klien.clients.ImportPreview;
import io.klien.clients.ImportProblem;
import io.klien.clients.ImportResult;
import io.klien.clients.ImportedClient;
import io.klien.clients.StatusChangeView;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class ClientImportExportTests {

    static final String HEADER = "client_name,client_kind,client_status,tags,contact_name,contact_email,contact_phone,contact_role\n";
    static final long TEN_MEGABYTES = 10L * 1024 * 1024;

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientSearch clientSearch;
    @Autowired ClientContacts clientContacts;
    @Autowired ClientImport imports;
    @Autowired ClientExport exports;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    TwoFirms firms;
    String s;

    @BeforeEach
    void firms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        s = UUID.randomUUID().toString().substring(0, 8);
    }

    <T> T staff(Supplier<T> work) {
        return firms.as(firms.staffOfA(), work);
    }

    long rowsOfA(String table) {
        return firms.asSystem(firms.firmA, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Exports as the UI does: no surrounding transaction, so the export runs in its own snapshot. */
    String exported(Scope scope, ClientFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TenantContext.runIn(scope, () -> exports.exportCsv(filter, out));
        return out.toString(StandardCharsets.UTF_8);
    }

    static DomainException domainError(Runnable work) {
        try {
            work.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a DomainException");
    }

    @Test
    void aValidFileIsPreviewedThenImportsItsClientsWithTheirContacts() {
        String file = HEADER
                + "Alpha " + s + ",ORGANIZATION,ACTIVE,VIP; Tax,Ani,ANI@alpha.test,+62 812 1111 2222,Director\n"
                + "alpha " + s + ",,,,Bima,bima@alpha.test,,Finance\n"
                + "Beta " + s + ",individual,,,,,,\n";
        long clientsBefore = rowsOfA("client");
        long contactsBefore = rowsOfA("client_contact");

        ImportPreview preview = staff(() -> imports.preview(csv(file)));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.importable()).isTrue();
        assertThat(preview.clientCount()).isEqualTo(2);
        assertThat(preview.contactCount()).isEqualTo(2);
        assertThat(preview.sample()).extracting(ImportedClient::name).containsExactly("Alpha " + s, "Beta " + s);
        assertThat(rowsOfA("client")).isEqualTo(clientsBefore);

        ImportResult result = staff(() -> imports.commit(csv(file)));

        assertThat(result).isEqualTo(new ImportResult(2, 2));
        assertThat(rowsOfA("client")).isEqualTo(clientsBefore + 2);
        assertThat(rowsOfA("client_contact")).isEqualTo(contactsBefore + 2);
        List<ClientSummary> imported = staff(() -> clientSearch.list(new ClientFilter(null, null, false, s),
                org.springframework.data.domain.PageRequest.of(0, 10, org.springframework.data.domain.Sort.by("name")))
                .getContent());
        assertThat(imported).extracting(ClientSummary::name).containsExactly("Alpha " + s, "Beta " + s);
        ClientSummary alpha = imported.get(0);
        assertThat(alpha.status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(alpha.tags()).containsExactly("VIP", "Tax");
        assertThat(imported.get(1).kind()).isEqualTo(ClientKind.INDIVIDUAL);
        assertThat(imported.get(1).status()).isEqualTo(ClientStatus.ONBOARDING);
        List<ContactView> contacts = staff(() -> clientContacts.contacts(alpha.id()));
        assertThat(contacts).extracting(ContactView::name).containsExactly("Ani", "Bima");
        assertThat(contacts.get(0).primary()).isTrue();
        assertThat(contacts.get(0).email()).isEqualTo("ani@alpha.test");
        assertThat(contacts.get(1).roleTitle()).isEqualTo("Finance");
        assertThat(staff(() -> clients.statusHistory(alpha.id()))).extracting(StatusChangeView::toStatus)
                .containsExactly(ClientStatus.ACTIVE);
    }

    @Test
    void aFileWithOneBadRowReportsLineColumnAndReasonAndImportsNothing() {
        String file = HEADER
                + "Good One " + s + ",,,,Citra,citra@good.test,,\n"
                + "Good Two " + s + ",,,,Dodi,not-an-email,,\n"
                + "Good Three " + s + ",,,,,,,\n";
        long clientsBefore = rowsOfA("client");
        long contactsBefore = rowsOfA("client_contact");

        ImportPreview preview = staff(() -> imports.preview(csv(file)));
        DomainException refused = domainError(() -> staff(() -> imports.commit(csv(file))));

        assertThat(preview.problems()).containsExactly(
                new ImportProblem(3, "contact_email", "clients.import.email.invalid", "not-an-email"));
        assertThat(preview.importable()).isFalse();
        assertThat(refused.messageKey()).isEqualTo("clients.import.invalid");
        assertThat(refused.arguments()).containsExactly(1);
        assertThat(rowsOfA("client")).isEqualTo(clientsBefore);
        assertThat(rowsOfA("client_contact")).isEqualTo(contactsBefore);
    }

    @Test
    void everyKindOfBadValueIsReportedWithItsLineAndColumn() {
        String existing = firms.asSystem(firms.firmA, () -> clients.find(firms.clientA1)).orElseThrow().name();
        String file = HEADER
                + ",,,,,,,\n"
                + "Kind Co " + s + ",PARTNERSHIP,,,,,,\n"
                + "Status Co " + s + ",,DORMANT,,,,,\n"
                + "Phone Co " + s + ",,,,Eka,,12ab,\n"
                + "Role Co " + s + ",,,,,,,Director\n"
                + "Long Co " + s + ",,,,Hana,,," + "x".repeat(201) + "\n"
                + "Gamma Ltd " + s + ",,,,,,,\n"
                + "Gamma " + s + " Ltd.,,,,,,,\n"
                + existing.toUpperCase() + ",,,,,,,\n"
                + "Gamma Ltd " + s + ",INDIVIDUAL,,,,,,\n";

        List<ImportProblem> problems = staff(() -> imports.preview(csv(file))).problems();

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "client_name", "clients.import.name.required"),
                org.assertj.core.groups.Tuple.tuple(3L, "client_kind", "clients.import.kind.unknown"),
                org.assertj.core.groups.Tuple.tuple(4L, "client_status", "clients.import.status.unknown"),
                org.assertj.core.groups.Tuple.tuple(5L, "contact_phone", "clients.import.phone.invalid"),
                org.assertj.core.groups.Tuple.tuple(6L, "contact_name", "clients.import.contact-name.required"),
                org.assertj.core.groups.Tuple.tuple(7L, "contact_role", "clients.import.text.too-long"),
                org.assertj.core.groups.Tuple.tuple(9L, "client_name", "clients.import.name.repeated"),
                org.assertj.core.groups.Tuple.tuple(10L, "client_name", "clients.import.name.exists"),
                org.assertj.core.groups.Tuple.tuple(11L, "client_kind", "clients.import.client.differs"));
        assertThat(problems.get(5).value()).hasSize(101);
    }

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineBreaksAndLinesAreCountedInTheFile() {
        String file = "client_name,contact_name,contact_role,contact_phone\r\n"
                + "\"Lestari, Wijaya & \"\"Partners\"\" " + s + "\",\"Dewi \"\"Dee\"\" Lestari\",\"Head of\r\nLegal\",\r\n"
                + "Next " + s + ",Eko,Counsel,not a phone\r\n";

        ImportPreview preview = staff(() -> imports.preview(csv(file)));

        assertThat(preview.sample()).hasSize(2);
        ImportedClient first = preview.sample().getFirst();
        assertThat(first.name()).isEqualTo("Lestari, Wijaya & \"Partners\" " + s);
        assertThat(first.contacts()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Dewi \"Dee\" Lestari");
            assertThat(c.roleTitle()).isEqualTo("Head of\nLegal");
        });
        assertThat(preview.sample().get(1).line()).isEqualTo(4);
        assertThat(preview.problems()).containsExactly(
                new ImportProblem(4, "contact_phone", "clients.import.phone.invalid", "not a phone"));
    }

    @Test
    void anUnclosedQuoteIsReportedOnTheLineWhereTheFieldStarts() {
        String file = "client_name\nFine " + s + "\n\"Broken " + s + "\nmore\n";

        List<ImportProblem> problems = staff(() -> imports.preview(csv(file))).problems();

        assertThat(problems).containsExactly(new ImportProblem(3, null, "clients.import.csv.unclosed-quote", null));
    }

    @Test
    void aByteOrderMarkIsStrippedAndColumnsAreMatchedRegardlessOfCaseAndOrder() {
        String file = "\uFEFFContact_Name, CLIENT_NAME \nFajar,Bom Client " + s + "\n";

        ImportPreview preview = staff(() -> imports.preview(csv(file)));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.sample()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Bom Client " + s);
            assertThat(c.kind()).isEqualTo(ClientKind.ORGANIZATION);
            assertThat(c.contacts()).extracting(ContactDetails::name).containsExactly("Fajar");
        });
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithAHintToSaveItAsUtf8() {
        byte[] windows1252 = ("client_name\nCaf\u00e9 " + s + "\n").getBytes(java.nio.charset.Charset.forName("windows-1252"));

        DomainException refused = domainError(() -> staff(() -> imports.preview(new ByteArrayInputStream(windows1252))));

        assertThat(refused.messageKey()).isEqualTo("clients.import.not-utf8");
    }

    @Test
    void anUnknownColumnIsReportedOnTheHeaderLine() {
        String file = "client_name,fax\nFax Co " + s + ",123\n";

        ImportPreview preview = staff(() -> imports.preview(csv(file)));

        assertThat(preview.problems()).containsExactly(new ImportProblem(1, "fax", "clients.import.column.unknown", "fax"));
        assertThat(preview.clientCount()).isZero();
        assertThat(staff(() -> imports.preview(csv("contact_name\nGita\n"))).problems())
                .containsExactly(new ImportProblem(1, "client_name", "clients.import.column.missing", null));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingReadToTheEnd() {
        EndlessRows fiftyMegabytes = new EndlessRows(50L * 1024 * 1024);

        DomainException refused = domainError(() -> staff(() -> imports.preview(fiftyMegabytes)));

        assertThat(refused.messageKey()).isEqualTo("clients.import.too-large");
        assertThat(refused.arguments()).containsExactly(10L);
        assertThat(fiftyMegabytes.produced).isGreaterThan(TEN_MEGABYTES).isLessThan(TEN_MEGABYTES + 1024 * 1024);
    }

    @Test
    void theExportWritesExactlyTheFilteredClientsEscapedAndNeutralisedAndReadsBackThroughTheImporter() {
        String file = "client_name,client_status,tags\n"
                + "\"Comma, Quote \"\"Q\"\" " + s + "\",ACTIVE,\n"
                + "\"=HYPERLINK(\"\"http://evil.test\"\") " + s + "\",ACTIVE,=1+1;ok\n"
                + "@Plain " + s + ",ACTIVE,\n"
                + "Paused " + s + ",PAUSED,\n";
        staff(() -> imports.commit(csv(file)));

        String csv = exported(firms.staffOfA(), new ClientFilter(ClientStatus.ACTIVE, null, false, s));

        assertThat(csv).startsWith("\uFEFFclient_name,client_kind,client_status,tags\r\n");
        assertThat(csv.lines().count()).isEqualTo(4);
        assertThat(csv).contains("\r\n\"Comma, Quote \"\"Q\"\" " + s + "\",ORGANIZATION,ACTIVE,\r\n");
        assertThat(csv).contains("\r\n\"'=HYPERLINK(\"\"http://evil.test\"\") " + s + "\",ORGANIZATION,ACTIVE,'=1+1; ok\r\n");
        assertThat(csv).contains("\r\n'@Plain " + s + ",ORGANIZATION,ACTIVE,\r\n");
        assertThat(csv).doesNotContain("Paused " + s);
        ClientCsv.Parsed back = ClientCsv.read(csv(csv), TEN_MEGABYTES);
        assertThat(back.problems()).isEmpty();
        assertThat(back.clients()).extracting(ImportedClient::name).containsExactlyInAnyOrder("'=HYPERLINK(\"http://evil.test\") " + s,
                "'@Plain " + s, "Comma, Quote \"Q\" " + s);
        assertThat(back.clients()).extracting(ImportedClient::status).containsOnly(ClientStatus.ACTIVE);
    }

    @Test
    void theExportPagesThroughMoreClientsThanOnePageHoldsWithoutRepeatingOrMissingAny() {
        StringBuilder file = new StringBuilder("client_name,contact_name\n");
        for (int i = 0; i < 1201; i++) {
            file.append("Many ").append(s).append(' ').append(String.format("%04d", i)).append(",Person ").append(i).append('\n');
        }
        ImportResult result = staff(() -> imports.commit(csv(file.toString())));

        String csv = exported(firms.staffOfA(), new ClientFilter(null, null, false, "Many " + s));

        assertThat(result).isEqualTo(new ImportResult(1201, 1201));
        List<String> names = ClientCsv.read(csv(csv), TEN_MEGABYTES).clients().stream().map(ImportedClient::name).toList();
        assertThat(names).hasSize(1201).doesNotHaveDuplicates().isSorted();
        assertThat(names.getLast()).isEqualTo("Many " + s + " 1200");
    }

    @Test
    void firmBCannotSeeFirmAsClientsInAnExportAndMayImportTheSameNames() {
        String nameOfA = firms.asSystem(firms.firmA, () -> clients.find(firms.clientA1)).orElseThrow().name();
        String nameOfB = firms.asSystem(firms.firmB, () -> clients.find(firms.clientB1)).orElseThrow().name();

        String csvOfB = exported(firms.adminOfB(), ClientFilter.all());
        ImportPreview previewInB = firms.as(firms.adminOfB(), () -> imports.preview(csv("client_name\n" + nameOfA + "\n")));

        assertThat(csvOfB).contains(nameOfB).doesNotContain(nameOfA);
        assertThat(previewInB.problems()).isEmpty();
        assertThat(exported(firms.staffOfA(), ClientFilter.all())).contains(nameOfA).doesNotContain(nameOfB);
    }

    @Test
    void aClientUserCanNeitherImportNorExport() {
        Scope clientUser = Scope.member(firms.firmA, "client-user-" + s, "CLIENT", firms.clientA1, false);
        String file = "client_name\nSneaky " + s + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long clientsBefore = rowsOfA("client");

        assertThatThrownBy(() -> firms.as(clientUser, () -> imports.preview(csv(file))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(clientUser, () -> imports.commit(csv(file))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(clientUser, () -> {
            exports.exportCsv(ClientFilter.all(), out);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(out.size()).isZero();
        assertThat(rowsOfA("client")).isEqualTo(clientsBefore);
    }

    /** Valid CSV rows generated as they are read, so a huge upload needs no huge array. */
    static final class EndlessRows extends InputStream {

        private final long size;
        private long produced;
        private byte[] row = "client_name\n".getBytes(StandardCharsets.US_ASCII);
        private int at;
        private long rows;

        EndlessRows(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (produced >= size) {
                return -1;
            }
            if (at == row.length) {
                row = ("Generated client number " + rows++ + "\n").getBytes(StandardCharsets.US_ASCII);
                at = 0;
            }
            produced++;
            return row[at++];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = 0;
            while (n < length) {
                int b = read();
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                buffer[offset + n++] = (byte) b;
            }
            return n;
        }
    }
}
