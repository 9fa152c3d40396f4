package io.klien.ui.onboarding;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.klien.onboarding.ConflictCheckView;
import io.klien.onboarding.ConflictDecision;
import io.klien.onboarding.ConflictHit;
import io.klien.onboarding.StepType;

/**
 * A conflict check: (while open) the search for other names, the last search with its hits, the decision once made,
 * and (while open, after a search) the decision to record.
 */
@SpringComponent
class ConflictCheckPanel implements StepPanel {

    @Override
    public StepType type() {
        return StepType.CONFLICT_CHECK;
    }

    @Override
    public Component render(StepContext step) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        var steps = step.services().steps();
        var id = step.step().id();
        if (step.open()) {
            TextField others = new TextField(step.text("onboarding.ui.conflict.other-names"));
            others.setId(step.id("conflict-names"));
            others.setHelperText(step.text("onboarding.ui.comma-separated"));
            others.setWidth("28rem");
            Button run = new Button(step.text("onboarding.ui.conflict.run"), VaadinIcon.SEARCH.create(),
                    click -> step.act(() -> steps.runConflictCheck(id, StepContext.split(others.getValue())),
                            "onboarding.ui.conflict.searched", null));
            run.setId(step.id("conflict-run"));
            HorizontalLayout bar = new HorizontalLayout(others, run);
            bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            layout.add(bar);
        }
        ConflictCheckView check = step.step().outcome(ConflictCheckView.class);
        if (check == null) {
            return layout;
        }
        Span searched = new Span(step.text("onboarding.ui.conflict.searched-for", String.join(", ",
                check.searchedNames()), check.hits().size()));
        searched.setId(step.id("conflict-summary"));
        layout.add(searched);
        if (!check.hits().isEmpty()) {
            layout.add(hits(step, check));
        }
        if (check.decision() != null) {
            Span decided = new Span(step.text("onboarding.ui.conflict.decided",
                    step.text("onboarding.decision." + check.decision().name()), step.personName(check.decidedBy()),
                    check.reason() == null ? "" : check.reason()));
            decided.setId(step.id("conflict-decision"));
            layout.add(decided);
        }
        if (step.open()) {
            RadioButtonGroup<ConflictDecision> decision = new RadioButtonGroup<>(
                    step.text("onboarding.ui.conflict.decision"));
            decision.setId(step.id("conflict-choice"));
            decision.setItems(ConflictDecision.values());
            decision.setItemLabelGenerator(d -> step.text("onboarding.decision." + d.name()));
            TextField reason = new TextField(step.text("onboarding.ui.conflict.reason"));
            reason.setId(step.id("conflict-reason"));
            reason.setWidth("28rem");
            Button record = new Button(step.text("onboarding.ui.conflict.record"), click -> step.act(
                    () -> steps.decideConflict(id, decision.getValue(), StepContext.blankToNull(reason.getValue())),
                    "onboarding.ui.conflict.recorded", null));
            record.setId(step.id("conflict-decide"));
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            layout.add(decision, reason, record);
        }
        return layout;
    }

    private static Grid<ConflictHit> hits(StepContext step, ConflictCheckView check) {
        Grid<ConflictHit> hits = new Grid<>();
        hits.setId(step.id("conflict-hits"));
        hits.addColumn(h -> step.text("onboarding.hit." + h.source().name()))
                .setHeader(step.text("onboarding.ui.conflict.source")).setAutoWidth(true);
        hits.addColumn(ConflictHit::name).setHeader(step.text("onboarding.ui.conflict.name")).setFlexGrow(1);
        hits.addColumn(ConflictHit::searchedName).setHeader(step.text("onboarding.ui.conflict.matched"));
        hits.addColumn(h -> step.text("onboarding.match." + h.match().name()))
                .setHeader(step.text("onboarding.ui.conflict.match")).setAutoWidth(true);
        hits.setItems(check.hits());
        hits.setAllRowsVisible(true);
        return hits;
    }
}
