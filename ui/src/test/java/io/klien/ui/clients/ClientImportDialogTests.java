package io.klien.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import io.klien.clients.ClientFilter;
import io.klien.clients.Clients;
import io.klien.clients.ClientSearch;
import io.klien.clients.ImportProblem;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

@SpringBootTest
class ClientImportDialogTests extends DemoFirmBrowserlessTest {

    @Autowired
    Clients clients;

    @Autowired
    ClientSearch clientSearch;

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aFileWithABadRowShowsTheLineAndReasonAndCannotBeImported() {
        actAs(DemoUser.STAFF);
        navigate(ClientsView.class);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String csv = "client_name,contact_email\nGood One " + suffix + ",good@one.test\n,missing@name.test\n";

        test($(Button.class).id("clients-import")).click();
        $(ImportClientsDialog.class).single().preview(csv.getBytes(StandardCharsets.UTF_8));

        assertThat($(Paragraph.class).id("clients-import-summary").getText()).endsWith("nothing was imported.");
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = $(Grid.class).id("clients-import-problems");
        assertThat(java.util.stream.IntStream.range(0, test(problems).size()).mapToObj(i -> test(problems).getRow(i)))
                .anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo("client_name");
                });
        assertThat($(Button.class).id("clients-import-commit").isEnabled()).isFalse();
        assertThat(count("Good One " + suffix)).isZero();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aValidFileIsPreviewedAndImportedWithItsContacts() {
        actAs(DemoUser.STAFF);
        navigate(ClientsView.class);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String csv = "client_name,contact_name,contact_email\n"
                + "\"Sejahtera, " + suffix + "\",Sari,sari-" + suffix + "@sejahtera.test\n"
                + "\"Sejahtera, " + suffix + "\",Tono,tono-" + suffix + "@sejahtera.test\n";

        test($(Button.class).id("clients-import")).click();
        $(ImportClientsDialog.class).single().preview(csv.getBytes(StandardCharsets.UTF_8));
        assertThat($(Paragraph.class).id("clients-import-summary").getText())
                .isEqualTo("Ready to import 1 clients and 2 contacts.");

        test($(Button.class).id("clients-import-commit")).click();

        assertThat(count("Sejahtera, " + suffix)).isEqualTo(1);
    }

    private long count(String name) {
        return clientSearch.count(new ClientFilter(null, null, false, name));
    }
}
