package io.klien.ui.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.klien.leads.LeadStageView;
import io.klien.leads.PipelineStages;
import io.klien.leads.StageKind;
import io.klien.shared.DomainException;
import io.klien.ui.Notices;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** Tenant admins shape the firm's pipeline: name, order and kind of each stage. */
@Menu(title = "nav.pipeline", order = 120)
@Route(value = "admin/pipeline", layout = MainLayout.class)
@RolesAllowed("TENANT_ADMIN")
public class PipelineStagesView extends VerticalLayout implements HasDynamicTitle {

    private final PipelineStages pipeline;
    private final Div list = new Div();

    public PipelineStagesView(PipelineStages pipeline) {
        this.pipeline = pipeline;
        addClassName("klien-page");
        list.setId("pipeline-stages");
        list.addClassName("klien-card");

        TextField name = new TextField(getTranslation("pipeline.new-stage"));
        name.setId("stage-name");
        Select<StageKind> kind = new Select<>();
        kind.setLabel(getTranslation("pipeline.kind"));
        kind.setItems(StageKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("pipeline.kind." + k.name()));
        kind.setValue(StageKind.OPEN);
        Button add = new Button(getTranslation("pipeline.add"), VaadinIcon.PLUS.create(), click -> act(() -> {
            pipeline.addStage(name.getValue(), kind.getValue());
            name.clear();
        }, getTranslation("pipeline.added")));
        add.setId("stage-add");
        HorizontalLayout form = new HorizontalLayout(name, kind, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(list, form);
        render();
    }

    private void render() {
        list.removeAll();
        List<LeadStageView> stages = pipeline.stages();
        for (int i = 0; i < stages.size(); i++) {
            LeadStageView stage = stages.get(i);
            int index = i;
            TextField name = new TextField();
            name.setValue(stage.name());
            name.setAriaLabel(getTranslation("pipeline.name-of", stage.name()));
            name.setId("stage-name-" + i);
            name.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    act(() -> pipeline.renameStage(stage.id(), change.getValue()), getTranslation("pipeline.renamed"));
                }
            });
            Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(stages, index, -1));
            up.setAriaLabel(getTranslation("pipeline.up", stage.name()));
            up.setEnabled(i > 0);
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(stages, index, 1));
            down.setAriaLabel(getTranslation("pipeline.down", stage.name()));
            down.setEnabled(i < stages.size() - 1);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> act(() -> pipeline.removeStage(stage.id()),
                    getTranslation("pipeline.removed", stage.name())));
            remove.setAriaLabel(getTranslation("pipeline.remove", stage.name()));
            remove.setId("stage-remove-" + i);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            com.vaadin.flow.component.html.Span kindLabel = new com.vaadin.flow.component.html.Span(
                    getTranslation("pipeline.kind." + stage.kind().name()));
            kindLabel.addClassName("klien-muted");
            HorizontalLayout row = new HorizontalLayout(name, kindLabel, up, down, remove);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            list.add(row);
        }
    }

    private void move(List<LeadStageView> stages, int index, int by) {
        List<UUID> order = new ArrayList<>(stages.stream().map(LeadStageView::id).toList());
        UUID moving = order.remove(index);
        order.add(index + by, moving);
        act(() -> pipeline.reorderStages(order), getTranslation("pipeline.reordered"));
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notices.success(done);
        } catch (DomainException e) {
            // the list is drawn again below either way, so the refusal is shown here rather than by the error handler
            Notices.withId(Notices.refused(e), "pipeline-warning");
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pipeline.title");
    }
}
