package io.klien.ui.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.klien.clients.ClientContacts;
import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.Fee;
import io.klien.contracts.Money;
import io.klien.contracts.PaymentSchedule;
import io.klien.contracts.Penalties;
import io.klien.contracts.ScopeItem;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SigningOrder;
import io.klien.contracts.Term;
import io.klien.contracts.Termination;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.FirmFormats;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The staff contracts list finds contracts by their client's name, shows who still signs, and opens on a window. */
@SpringBootTest
class ContractsListViewTests extends DemoFirmBrowserlessTest {

    @Autowired Contracts contracts;
    @Autowired ContractTemplates templates;
    @Autowired Clients clients;
    @Autowired ClientContacts clientContacts;
    @Autowired FirmFormats formats;
    @Autowired org.springframework.context.ApplicationContext context;

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void theListFindsContractsByTheClientsNameShowsTheSignaturesAndOpensOnAnEndingWindow() {
        actAs(DemoUser.TENANT_ADMIN);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        String name = "Listed client " + UUID.randomUUID().toString().substring(0, 6);
        UUID clientId = clients.create(name, ClientKind.ORGANIZATION).id();
        UUID contact = clientContacts.addContact(clientId, new ContactDetails("Sari Wijaya",
                "sari-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", null, "Director"), true).id();
        LocalDate today = formats.today();
        ContractView out = draft(clientId, today, today.plusYears(1), SignatoryChoice.clientContact(contact),
                SignatoryChoice.firmMember(DemoUser.TENANT_ADMIN.subject()));
        contracts.send(out.id());
        ContractView ending = draft(clientId, today.minusDays(200), today.plusDays(20),
                SignatoryChoice.firmMember(DemoUser.TENANT_ADMIN.subject()));
        contracts.send(ending.id());
        FirmSignatory.of(context).sign(ending, ending.signatories().getFirst().id(), "Lena Hartono");

        navigate(ContractsView.class);
        test($(TextField.class).id("contracts-filter-text")).setValue(name);
        Grid<?> list = $(Grid.class).id("contracts-grid");

        assertThat(test(list).size()).isEqualTo(2);
        assertThat(test(list).getCellText(0, 3)).isEqualTo("1 of 1 signed");
        assertThat(test(list).getCellText(1, 3)).isEqualTo("0 of 2 signed · waiting for Sari Wijaya");

        UI.getCurrent().navigate(ContractsView.class, QueryParameters.simple(Map.of("ending", "60")));
        assertThat($(Select.class).id("contracts-filter-ending").getValue()).isEqualTo(60);
        test($(TextField.class).id("contracts-filter-text")).setValue(name);
        Grid<?> window = $(Grid.class).id("contracts-grid");

        assertThat(test(window).size()).isEqualTo(1);
        assertThat(test(window).getCellText(0, 1)).isEqualTo(name);
        assertThat(test(window).getCellText(0, 5)).isEqualTo(formats.date(today.plusDays(20)));
    }

    private ContractView draft(UUID clientId, LocalDate start, LocalDate end, SignatoryChoice... signatories) {
        ContractTerms terms = new ContractTerms(List.of(new ScopeItem("Legal advice", null, false)),
                Fee.fixed(Money.of(50_000_000, "IDR")), new PaymentSchedule(PaymentSchedule.Invoicing.UPFRONT, 14),
                Term.fixed(start, end), List.of(), Penalties.none(), new Termination(10, Money.of(5_000_000, "IDR")),
                true, false);
        return contracts.draft(clientId, templates.list().getFirst().templateId(), new ContractDraft(
                "Service agreement", null, terms, List.of(signatories), SigningOrder.PARALLEL,
                formats.today().plusDays(14)));
    }
}
