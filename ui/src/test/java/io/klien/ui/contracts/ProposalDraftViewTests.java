package io.klien.ui.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.klien.clients.ClientKind;
import io.klien.contracts.ContractTemplateDefinition;
import io.klien.contracts.ContractTemplateView;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.Fee;
import io.klien.contracts.FeeModel;
import io.klien.contracts.Money;
import io.klien.contracts.PaymentSchedule;
import io.klien.contracts.Penalties;
import io.klien.contracts.ScopeItem;
import io.klien.contracts.Term;
import io.klien.contracts.Termination;
import io.klien.leads.LeadConversions;
import io.klien.leads.LeadDetails;
import io.klien.leads.LeadSource;
import io.klien.leads.LeadView;
import io.klien.leads.Leads;
import io.klien.leads.PipelineStages;
import io.klien.leads.StageKind;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.leads.LeadDetailView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A converted lead's proposal starts its contract: the service line's template, scope and the proposed fee. */
@SpringBootTest
@SignedInAs(DemoUser.TENANT_ADMIN)
class ProposalDraftViewTests extends DemoFirmBrowserlessTest {

    @Autowired Leads leads;
    @Autowired LeadConversions conversions;
    @Autowired PipelineStages stages;
    @Autowired ContractTemplates templates;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aConvertedLeadsProposalPrefillsTheDraftWithItsServiceLinesTemplateScopeAndFee() {
        actAs(DemoUser.TENANT_ADMIN);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        String line = "Tax filing " + suffix;
        LocalDate start = LocalDate.of(2027, 1, 1);
        ContractTemplateView template = templates.create(new ContractTemplateDefinition("Tax engagement " + suffix,
                line, "# Tax engagement\n\nFor {{client.name}}.", new ContractTerms(
                        List.of(new ScopeItem("Annual return", null, true)), Fee.fixed(Money.of(10_000_000, "IDR")),
                        new PaymentSchedule(PaymentSchedule.Invoicing.UPFRONT, 14), Term.fixed(start,
                                start.plusYears(1)), List.of(), Penalties.none(), new Termination(30, null), true,
                        false)));
        LeadView lead = leads.create(new LeadDetails("PT Proposal " + suffix, ClientKind.ORGANIZATION,
                "PT Proposal " + suffix, null, null, LeadSource.REFERRAL, line, new BigDecimal("42000000"), "IDR",
                DemoUser.TENANT_ADMIN.subject(), null, null), true);
        leads.moveToStage(lead.id(), stages.stages().stream().filter(s -> s.kind() == StageKind.WON).findFirst()
                .orElseThrow().id());
        UUID clientId = conversions.convert(lead.id(), null).clientId();

        navigate("leads/" + lead.id(), LeadDetailView.class);
        test($(Button.class).id("lead-draft-contract")).click();

        assertThat(getCurrentView()).isInstanceOf(ContractDraftView.class);
        assertThat($(Paragraph.class).id("contract-draft-from-proposal").getText()).contains("PT Proposal " + suffix)
                .contains(line);
        @SuppressWarnings("unchecked")
        Select<ContractTemplateView> chosen = $(Select.class).id("contract-template");
        assertThat(chosen.getValue().templateId()).isEqualTo(template.templateId());
        assertThat($(Select.class).id("terms-fee-model").getValue()).isEqualTo(FeeModel.FIXED);
        assertThat($(BigDecimalField.class).id("terms-fee-amount").getValue()).isEqualByComparingTo("42000000");
        assertThat($(TextField.class).id("terms-scope-title-0").getValue()).isEqualTo(line);
        assertThat($(TextField.class).id("terms-scope-title-1").getValue()).isEqualTo("Annual return");

        UI.getCurrent().navigate("clients/" + clientId + "/new-contract",
                QueryParameters.of("lead", UUID.randomUUID().toString()));
        assertThat(getCurrentView()).isInstanceOf(ContractDraftView.class);
        assertThat($(Paragraph.class).withId("contract-draft-from-proposal").exists())
                .as("an unknown lead proposes nothing").isFalse();
    }
}
