package io.klien.ui.onboarding;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.klien.contracts.ContractStatus;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.onboarding.LetterSignature;
import io.klien.onboarding.StepType;

/**
 * An engagement letter is a contract: staff draft it from the step (or link one drafted for the client) and the step
 * completes when it is signed in the portal. A letter signed outside Klien may be marked signed on a past day.
 */
@SpringComponent
class EngagementLetterPanel implements StepPanel {

    private final Contracts contracts;

    EngagementLetterPanel(Contracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public StepType type() {
        return StepType.ENGAGEMENT_LETTER;
    }

    @Override
    public Component render(StepContext step) {
        LetterSignature letter = step.step().outcome(LetterSignature.class);
        if (letter != null && letter.signedOn() != null) {
            Span signed = new Span(step.text("onboarding.ui.letter.signed-on", step.date(letter.signedOn())));
            signed.setId(step.id("letter-summary"));
            return letter.contractId() == null ? signed : new Div(signed, contractLink(step, letter.contractId()));
        }
        if (letter != null && letter.contractId() != null) {
            return awaitingSignature(step, letter.contractId());
        }
        if (!step.open() || step.clientUser()) {
            return new Span(step.text("onboarding.ui.letter.waiting"));
        }
        return new Div(draftOrLink(step), markByHand(step));
    }

    /** The letter's contract is out (or being drafted): where it stands, and a way to it. */
    private Component awaitingSignature(StepContext step, UUID contractId) {
        if (step.clientUser()) {
            Anchor sign = new Anchor("portal/contracts/" + contractId, step.text("onboarding.ui.letter.sign-in-portal"));
            sign.setId(step.id("letter-sign"));
            return new Div(new Span(step.text("onboarding.ui.letter.awaits-client")), new Span(" "), sign);
        }
        Span waiting = new Span(step.text("onboarding.ui.letter.follows-contract"));
        waiting.setId(step.id("letter-waiting"));
        return new Div(waiting, contractLink(step, contractId));
    }

    private Component contractLink(StepContext step, UUID contractId) {
        if (step.clientUser()) {
            Anchor open = new Anchor("portal/contracts/" + contractId, step.text("onboarding.ui.letter.open-contract"));
            open.setId(step.id("letter-contract"));
            return new Div(open);
        }
        ContractView contract = contracts.get(contractId);
        Anchor open = new Anchor("contracts/" + contractId, contract.title());
        open.setId(step.id("letter-contract"));
        Span status = new Span(step.text("contracts.status." + contract.status().name()));
        status.getElement().getThemeList().add("badge");
        status.setId(step.id("letter-contract-status"));
        HorizontalLayout row = new HorizontalLayout(open, status);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }

    /** Draft the letter as a contract, or take one already drafted for the client. */
    private Component draftOrLink(StepContext step) {
        Button draft = new Button(step.text("onboarding.ui.letter.draft"), click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate("clients/" + step.clientId() + "/new-contract",
                        QueryParameters.of("letterStep", step.step().id().toString()))));
        draft.setId(step.id("letter-draft"));
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        List<ContractView> linkable = contracts.ofClient(step.clientId()).stream()
                .filter(c -> c.status() != ContractStatus.VOIDED && c.status() != ContractStatus.EXPIRED
                        && c.status() != ContractStatus.TERMINATED)
                .toList();
        HorizontalLayout row = new HorizontalLayout(draft);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.setWrap(true);
        if (!linkable.isEmpty()) {
            ComboBox<ContractView> existing = new ComboBox<>(step.text("onboarding.ui.letter.existing"));
            existing.setId(step.id("letter-existing"));
            existing.setItems(linkable);
            existing.setItemLabelGenerator(c -> c.title() + " · " + step.text("contracts.status." + c.status().name()));
            Button link = new Button(step.text("onboarding.ui.letter.link"), click -> {
                if (existing.getValue() == null) {
                    existing.setInvalid(true);
                    existing.setErrorMessage(step.text("onboarding.ui.letter.choose"));
                    return;
                }
                step.act(() -> step.services().steps().linkLetterContract(step.step().id(),
                        existing.getValue().id()), "onboarding.ui.letter.linked", null);
            });
            link.setId(step.id("letter-link"));
            row.add(existing, link);
        }
        return row;
    }

    /** A letter signed outside Klien. */
    private Component markByHand(StepContext step) {
        DatePicker signedOn = new DatePicker(step.text("onboarding.ui.letter.date"));
        signedOn.setId(step.id("letter-date"));
        signedOn.setValue(step.today());
        signedOn.setMax(step.today());
        Button mark = new Button(step.text("onboarding.ui.letter.mark"), click -> step.act(
                () -> step.services().steps().markLetterSigned(step.step().id(), signedOn.getValue()),
                "onboarding.ui.step-done", null));
        mark.setId(step.id("letter-mark"));
        HorizontalLayout row = new HorizontalLayout(signedOn, mark);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Span outside = new Span(step.text("onboarding.ui.letter.outside"));
        outside.addClassName("klien-muted");
        return new Div(outside, row);
    }
}
