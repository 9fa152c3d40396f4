package io.klien.ui.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.contracts.ContractAmendments;
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
import io.klien.contracts.TermName;
import io.klien.contracts.Termination;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.FirmFormats;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Staff amend a contract in force: the changed terms become an addendum; changing nothing drafts nothing. */
@SpringBootTest
@SignedInAs(DemoUser.TENANT_ADMIN)
class ContractAmendViewTests extends DemoFirmBrowserlessTest {

    @Autowired Contracts contracts;
    @Autowired ContractAmendments amendments;
    @Autowired ContractTemplates templates;
    @Autowired Clients clients;
    @Autowired FirmFormats formats;
    @Autowired ApplicationContext context;

    @Test
    void theChangedFeeBecomesAnAddendumForTheSameSignatoriesAndAnUnchangedFormIsRefused() {
        actAs(DemoUser.TENANT_ADMIN);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ContractView signed = signedByTheFirm();
        navigate("contracts/" + signed.id() + "/amend", ContractAmendView.class);

        test($(Button.class).id("contract-amend-draft")).click();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo("Change at least one term: an amendment that changes nothing cannot be drafted.");
        assertThat(contracts.ofClient(signed.clientId())).as("nothing drafted").hasSize(1);

        $(BigDecimalField.class).id("terms-fee-amount").setValue(new BigDecimal("65000000"));
        test($(Button.class).id("contract-amend-draft")).click();

        assertThat(getCurrentView()).isInstanceOf(ContractPage.class);
        ContractView addendum = contracts.ofClient(signed.clientId()).stream()
                .filter(c -> !c.id().equals(signed.id())).findFirst().orElseThrow();
        assertThat(amendments.changedBy(addendum.id())).containsExactly(TermName.FEE);
        assertThat(addendum.terms().fee().amount().amount()).isEqualByComparingTo("65000000");
        assertThat(addendum.signatories()).hasSize(1);
        assertThat(contracts.get(signed.id()).terms().fee().amount().amount()).as("until the addendum is signed")
                .isEqualByComparingTo("50000000");
        assertThat($(Paragraph.class).id("contract-amends").getText()).isEqualTo("This addendum changes: Fee.");
        assertThat($(Button.class).withId("contract-amend").exists()).as("an addendum is not amended").isFalse();

        contracts.send(addendum.id());
        FirmSignatory.of(context).sign(addendum, addendum.signatories().getFirst().id(), "Lena Hartono");
        navigate("contracts/" + signed.id(), ContractPage.class);
        assertThat(contracts.get(signed.id()).terms().fee().amount().amount()).isEqualByComparingTo("65000000");
        assertThat($(ListItem.class).id("contract-amendment-0").getElement().getTextRecursively()).startsWith("Fee changed on")
                .contains("Lena Hartono");

        test($(Button.class).id("contract-renew")).click();
        assertThat(getCurrentView()).isInstanceOf(ContractPage.class);
        ContractView renewal = contracts.ofClient(signed.clientId()).stream()
                .filter(c -> !c.id().equals(signed.id()) && !c.id().equals(addendum.id())).findFirst().orElseThrow();
        assertThat(renewal.terms().term().start()).isEqualTo(signed.terms().term().end().plusDays(1));
        assertThat(renewal.terms().fee().amount().amount()).as("from the current terms")
                .isEqualByComparingTo("65000000");
    }

    private ContractView signedByTheFirm() {
        UUID clientId = clients.create("Amended " + UUID.randomUUID().toString().substring(0, 6),
                ClientKind.ORGANIZATION).id();
        ContractTerms terms = new ContractTerms(List.of(new ScopeItem("Legal advice", null, false)),
                Fee.fixed(Money.of(50_000_000, "IDR")), new PaymentSchedule(PaymentSchedule.Invoicing.UPFRONT, 14),
                Term.fixed(formats.today(), formats.today().plusYears(1)), List.of(), Penalties.none(),
                new Termination(10, Money.of(5_000_000, "IDR")), true, false);
        ContractView draft = contracts.draft(clientId, templates.list().getFirst().templateId(), new ContractDraft(
                "Service agreement " + UUID.randomUUID().toString().substring(0, 6), null, terms,
                List.of(SignatoryChoice.firmMember(DemoUser.TENANT_ADMIN.subject())), SigningOrder.PARALLEL,
                formats.today().plusDays(14)));
        contracts.send(draft.id());
        return FirmSignatory.of(context).sign(draft, draft.signatories().getFirst().id(), "Lena Hartono");
    }
}
