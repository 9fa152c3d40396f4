package io.klien.ui.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.klien.contracts.ContractTemplateView;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.TermName;
import io.klien.contracts.Fee;
import io.klien.contracts.FeeModel;
import io.klien.contracts.Money;
import io.klien.contracts.ScopeItem;
import io.klien.leads.LeadView;

/**
 * A contract drafted from a converted lead's proposal: the template of the lead's service line, the service line as
 * the first scope item, and the estimated value as the fee where the template's fee is one amount for the whole work.
 * Staff review every term before saving; nothing here is saved.
 */
final class ProposalTerms {

    private ProposalTerms() {
    }

    /** The template of the lead's service line, else the first one. */
    static ContractTemplateView templateFor(LeadView lead, List<ContractTemplateView> available) {
        String line = lead.serviceLine() == null ? "" : lead.serviceLine().strip().toLowerCase(Locale.ROOT);
        return available.stream()
                .filter(t -> t.definition().serviceLine() != null
                        && t.definition().serviceLine().strip().toLowerCase(Locale.ROOT).equals(line))
                .findFirst().orElse(available.getFirst());
    }

    static ContractTerms fromProposal(LeadView lead, ContractTerms template) {
        List<ScopeItem> scope = template.scope();
        if (lead.serviceLine() != null && !lead.serviceLine().isBlank() && scope.stream()
                .noneMatch(item -> item.title().equalsIgnoreCase(lead.serviceLine().strip()))) {
            scope = new ArrayList<>(scope);
            scope.addFirst(new ScopeItem(lead.serviceLine().strip(), null, false));
        }
        Fee fee = template.fee();
        if (lead.estimatedValue() != null && lead.currency() != null && fee.model() == FeeModel.FIXED) {
            fee = Fee.fixed(new Money(lead.estimatedValue(), lead.currency()));
        }
        return TermName.FEE.with(TermName.SCOPE.with(template, scope), fee);
    }
}
