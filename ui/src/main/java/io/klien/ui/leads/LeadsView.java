package io.klien.ui.leads;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.klien.leads.BoardColumn;
import io.klien.leads.LeadFilter;
import io.klien.leads.LeadStageView;
import io.klien.leads.LeadView;
import io.klien.leads.Leads;
import io.klien.leads.StageKind;
import io.klien.shared.DomainException;
import io.klien.tenancy.Memberships;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * The pipeline: a board with a column per stage (drag a card, or focus it and press Alt+→ / Alt+← to move it) and a
 * list with filters. Overdue follow-ups are highlighted.
 */
@Menu(title = "nav.leads", order = 20, icon = "vaadin:funnel")
@Route(value = "leads", layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class LeadsView extends VerticalLayout implements HasDynamicTitle {

    static final int CARDS_PER_COLUMN = 25;

    private final Leads leads;
    private final People people;
    private final HorizontalLayout board = new HorizontalLayout();
    private final Grid<LeadView> list = new Grid<>();
    private final TextField text = new TextField();
    private final Checkbox mine = new Checkbox();
    private final Checkbox overdue = new Checkbox();
    private final FirmFormats formats;
    private LocalDate today;

    public LeadsView(Leads leads, Memberships memberships, FirmFormats formats) {
        this.leads = leads;
        this.formats = formats;
        this.people = People.of(memberships);
        this.today = leads.today();
        addClassName("klien-page");
        setSizeFull();

        Button add = new Button(getTranslation("leads.new"), VaadinIcon.PLUS.create(),
                click -> new LeadDialog(leads, this::created).open());
        add.setId("leads-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RadioButtonGroup<String> mode = new RadioButtonGroup<>();
        mode.setId("leads-mode");
        mode.setItems("board", "list");
        mode.setItemLabelGenerator(m -> getTranslation("leads.mode." + m));
        mode.setValue("board");
        text.setPlaceholder(getTranslation("leads.filter.text"));
        text.setId("leads-filter-text");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        mine.setLabel(getTranslation("leads.filter.mine"));
        mine.setId("leads-filter-mine");
        overdue.setLabel(getTranslation("leads.filter.overdue"));
        overdue.setId("leads-filter-overdue");
        HorizontalLayout bar = new HorizontalLayout(add, mode, text, mine, overdue);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();

        board.setId("leads-board");
        board.addClassName("klien-board");
        board.setWidthFull();
        list.setId("leads-list");
        list.addColumn(LeadView::name).setHeader(getTranslation("leads.name")).setFlexGrow(1);
        list.addColumn(l -> l.organization() == null ? "" : l.organization()).setHeader(getTranslation("leads.organization"));
        list.addColumn(l -> formats.money(l.estimatedValue(), l.currency())).setHeader(getTranslation("leads.value"));
        list.addColumn(l -> people.name(l.ownerSubject())).setHeader(getTranslation("leads.owner"));
        list.addColumn(l -> formats.date(l.nextFollowUp())).setHeader(getTranslation("leads.follow-up"));
        list.setPartNameGenerator(l -> l.overdueOn(today) ? "klien-overdue" : null);
        list.addItemClickListener(click -> open(click.getItem()));
        list.setEmptyStateText(getTranslation("leads.empty"));
        list.setVisible(false);

        mode.addValueChangeListener(change -> {
            board.setVisible("board".equals(change.getValue()));
            list.setVisible("list".equals(change.getValue()));
            refresh();
        });
        text.addValueChangeListener(change -> refresh());
        mine.addValueChangeListener(change -> refresh());
        overdue.addValueChangeListener(change -> refresh());
        add(bar, board, list);
        setFlexGrow(1, board, list);
        list.setItems(query -> leads.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        refresh();
    }

    private LeadFilter filter() {
        return new LeadFilter(null, null, mine.getValue(), overdue.getValue(), text.getValue());
    }

    private void refresh() {
        today = leads.today();
        if (list.isVisible()) {
            list.getDataProvider().refreshAll();
            return;
        }
        board.removeAll();
        List<BoardColumn> columns = leads.board(filter(), PageRequest.of(0, CARDS_PER_COLUMN));
        for (int i = 0; i < columns.size(); i++) {
            board.add(column(columns, i));
        }
    }

    private Div column(List<BoardColumn> columns, int index) {
        BoardColumn column = columns.get(index);
        LeadStageView stage = column.stage();
        H3 title = new H3(stage.name());
        Span count = new Span(String.valueOf(column.leads().getTotalElements()));
        count.addClassName("klien-count");
        Div header = new Div(title, count);
        header.addClassName("klien-board-column-header");
        Div cards = new Div();
        cards.addClassName("klien-board-cards");
        for (LeadView lead : column.leads()) {
            cards.add(card(lead, columns, index));
        }
        long hidden = column.leads().getTotalElements() - column.leads().getNumberOfElements();
        if (hidden > 0) {
            Span more = new Span(getTranslation("leads.column.more", hidden));
            more.addClassName("klien-muted");
            cards.add(more);
        }
        if (column.leads().isEmpty()) {
            Span empty = new Span(getTranslation("leads.column.empty"));
            empty.addClassName("klien-muted");
            cards.add(empty);
        }
        Div element = new Div(header, cards);
        element.addClassName("klien-board-column");
        element.addClassName("klien-stage-" + stage.kind().name().toLowerCase());
        element.setId("stage-" + stage.id());
        DropTarget<Div> drop = DropTarget.create(element);
        drop.addDropListener(dropped -> dropped.getDragData().ifPresent(data -> move((LeadView) data, stage)));
        return element;
    }

    private Div card(LeadView lead, List<BoardColumn> columns, int index) {
        Span name = new Span(lead.name());
        name.addClassName("klien-card-title");
        Div card = new Div(name);
        if (lead.organization() != null) {
            card.add(new Div(new Span(lead.organization())));
        }
        if (lead.estimatedValue() != null) {
            card.add(new Div(new Span(formats.money(lead.estimatedValue(), lead.currency()))));
        }
        if (lead.nextFollowUp() != null) {
            Span followUp = new Span(getTranslation("leads.card.follow-up", formats.date(lead.nextFollowUp())));
            followUp.addClassName(lead.overdueOn(today) ? "klien-overdue-text" : "klien-muted");
            card.add(new Div(followUp));
        }
        card.addClassName("klien-lead-card");
        if (lead.overdueOn(today)) {
            card.addClassName("klien-overdue");
        }
        card.setId("lead-card-" + lead.id());
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("aria-label", getTranslation("leads.card.aria", lead.name(),
                columns.get(index).stage().name()));
        card.addClickListener(click -> open(lead));
        Shortcuts.addShortcutListener(card, () -> open(lead), Key.ENTER).listenOn(card);
        if (index + 1 < columns.size() && columns.get(index + 1).stage().kind() != StageKind.LOST) {
            Shortcuts.addShortcutListener(card, () -> move(lead, columns.get(index + 1).stage()), Key.ARROW_RIGHT, KeyModifier.ALT)
                    .listenOn(card);
        }
        if (index > 0) {
            Shortcuts.addShortcutListener(card, () -> move(lead, columns.get(index - 1).stage()), Key.ARROW_LEFT, KeyModifier.ALT)
                    .listenOn(card);
        }
        DragSource<Div> drag = DragSource.create(card);
        drag.setDragData(lead);
        return card;
    }

    void move(LeadView lead, LeadStageView stage) {
        if (lead.stageId().equals(stage.id())) {
            return;
        }
        try {
            if (stage.kind() == StageKind.LOST) {
                open(lead);
                return;
            }
            leads.moveToStage(lead.id(), stage.id());
            Notices.success(getTranslation("leads.moved", lead.name(), stage.name()));
        } catch (DomainException e) {
            // the board is drawn again below either way, putting the card back where the service left it
            Notices.refused(e);
        }
        refresh();
    }

    private void created(LeadView lead) {
        Notices.success(getTranslation("leads.created", lead.name()));
        refresh();
    }

    private void open(LeadView lead) {
        getUI().ifPresent(ui -> ui.navigate(LeadDetailView.class, new RouteParameters(LeadDetailView.PARAMETER, lead.id().toString())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("leads.title");
    }
}
