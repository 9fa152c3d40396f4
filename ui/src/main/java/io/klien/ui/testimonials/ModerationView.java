package io.klien.ui.testimonials;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.klien.testimonials.TestimonialState;
import io.klien.testimonials.TestimonialView;
import io.klien.ui.FirmFormats;
import io.klien.ui.clients.ClientsView;
import io.klien.ui.errors.RecordNotFound;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;

/**
 * The firm's testimonials for moderation, paged lazily from the database and narrowed by state (those waiting for
 * moderation first), with how many there are in each state; a row opens the testimonial with its consent record and
 * the moderation actions ({@link ModerationDialog}). A firm without any is told how to get the first. Below, how to
 * show the published ones on the firm's own website ({@link WebsitePublishing}).
 */
@Menu(title = "nav.testimonials", order = 80, icon = "vaadin:comment-ellipsis-o")
@Route(value = ModerationView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class ModerationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "testimonials";
    static final int EXCERPT = 120;

    /** A row of the queue with its client's name, looked up once per page. */
    record Row(TestimonialView testimonial, String clientName) {
    }

    private final TestimonialServices services;
    private final FirmFormats formats;
    private final Select<TestimonialState> state = new Select<>();
    private final Grid<Row> grid = new Grid<>();
    private final Span counts = new Span();
    private final Div empty = new Div();

    ModerationView(TestimonialServices services, FirmFormats formats,
            @Value("${klien.public-url:http://localhost:8080}") String publicUrl) {
        this.services = services;
        this.formats = formats;
        addClassName("klien-page");
        setSizeFull();
        state.setId("testimonials-filter-state");
        state.setLabel(getTranslation("testimonials.ui.filter.state"));
        state.setItems(TestimonialState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("testimonials.ui.filter.any")
                : getTranslation("testimonials.ui.state." + s.name()));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("testimonials.ui.filter.any"));
        state.setValue(TestimonialState.SUBMITTED);
        state.setWidth("18rem");
        state.addValueChangeListener(e -> refresh());
        counts.setId("testimonials-counts");
        counts.addClassName("klien-muted");
        HorizontalLayout bar = new HorizontalLayout(state, counts);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        empty.setId("testimonials-empty");
        empty.addClassName("klien-card");
        RouterLink clientsLink = new RouterLink(getTranslation("testimonials.ui.empty.clients"), ClientsView.class);
        clientsLink.setId("testimonials-empty-clients");
        empty.add(new Paragraph(getTranslation("testimonials.ui.empty")), new Paragraph(clientsLink));

        grid.setId("testimonials-grid");
        grid.addColumn(r -> formats.dateTime(r.testimonial().submittedAt()))
                .setHeader(getTranslation("testimonials.ui.submitted")).setWidth("9rem").setFlexGrow(0)
                .setKey("submitted");
        grid.addColumn(Row::clientName).setHeader(getTranslation("testimonials.ui.client")).setWidth("8rem")
                .setFlexGrow(1).setKey("client");
        grid.addComponentColumn(r -> TestimonialWords.stars(this, r.testimonial().rating()))
                .setHeader(getTranslation("testimonials.ui.rating")).setAutoWidth(true).setKey("rating");
        grid.addColumn(r -> excerpt(r.testimonial().text())).setHeader(getTranslation("testimonials.ui.text"))
                .setWidth("12rem").setFlexGrow(3).setKey("text");
        grid.addComponentColumn(r -> TestimonialWords.state(this, r.testimonial().state()))
                .setHeader(getTranslation("testimonials.ui.state")).setAutoWidth(true).setKey("state");
        grid.addColumn(r -> TestimonialWords.publication(this, r.testimonial()))
                .setHeader(getTranslation("testimonials.ui.publication")).setWidth("9rem").setFlexGrow(0)
                .setKey("publication");
        grid.addComponentColumn(r -> {
            Button open = new Button(getTranslation("testimonials.ui.open"), click -> open(r.testimonial().id()));
            open.setId("testimonial-open-" + r.testimonial().id());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return open;
        }).setAutoWidth(true).setFlexGrow(0).setKey("open");
        grid.setItems(query -> rows(services.moderation().queue(state.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).getContent()).stream());
        grid.addItemClickListener(click -> open(click.getItem().testimonial().id()));
        // long client names and texts wrap inside their cells: every column, the Open button too, stays in view
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("testimonials.ui.none-in-state"));
        add(bar, empty, grid);
        services.activeFirm().firm().ifPresent(firm -> add(new WebsitePublishing(publicUrl, firm)));
        updateCounts();
    }

    private List<Row> rows(List<TestimonialView> page) {
        Map<UUID, String> names = page.isEmpty() ? Map.of()
                : services.clients().names(page.stream().map(TestimonialView::clientId).distinct().toList());
        List<Row> rows = new ArrayList<>(page.size());
        page.forEach(t -> rows.add(new Row(t, names.getOrDefault(t.clientId(), ""))));
        return rows;
    }

    static String excerpt(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1) + "\u2026";
    }

    /** Opens one testimonial; a row of another firm, or an unknown one, is simply not there. */
    void open(UUID testimonialId) {
        new ModerationDialog(services, formats, services.testimonials().get(testimonialId), this::refresh).open();
    }

    /** Opens at one testimonial from its address ({@code ?open=<id>}), e.g. from the client page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getParameters().getOrDefault("open", List.of()).stream().findFirst()
                .flatMap(RecordNotFound::id).ifPresent(id -> {
                    state.setValue(null);
                    open(id);
                });
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCounts();
    }

    private void updateCounts() {
        List<String> parts = new ArrayList<>();
        long all = 0;
        for (TestimonialState s : TestimonialState.values()) {
            long n = count(s);
            all += n;
            parts.add(getTranslation("testimonials.ui.count." + s.name(), n));
        }
        counts.setText(String.join(" \u00b7 ", parts));
        empty.setVisible(all == 0);
        grid.setVisible(all > 0);
    }

    private long count(@Nullable TestimonialState s) {
        return services.moderation().queue(s, PageRequest.of(0, 1)).getTotalElements();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("testimonials.ui.title");
    }
}
