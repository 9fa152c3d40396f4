package io.klien.ui.health;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.shared.DomainException;
import io.klien.testimonials.ClientHealth;
import io.klien.testimonials.FollowUpState;
import io.klien.testimonials.FollowUpView;
import io.klien.testimonials.LoyaltyGestureKind;
import io.klien.testimonials.LoyaltyGestureView;
import io.klien.testimonials.LoyaltyGestures;
import io.klien.testimonials.NewLoyaltyGesture;
import io.klien.testimonials.RiskReason;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.forms.FieldErrors;

/**
 * The client page's Health tab: since when it is a client, its NPS trend, milestone ratings, support and breaches, the
 * next renewal, the latest contact, why it may be at risk, its loyalty gestures (with a dialog to add one) and the
 * follow-ups detractors opened (marked done here).
 */
public class HealthTab extends Div {

    private final UUID clientId;
    private final HealthServices services;
    private final FirmFormats formats;

    public HealthTab(UUID clientId) {
        this.clientId = clientId;
        this.services = HealthServices.current();
        this.formats = FirmFormats.current();
        setId("client-health");
        render();
    }

    private void render() {
        removeAll();
        ClientHealth health = services.health().of(clientId);
        List<LoyaltyGestureView> gestures = services.gestures().ofClient(clientId);
        List<FollowUpView> followUps = services.health().followUps(clientId);
        Map<String, String> names = services.names(Stream.concat(
                        gestures.stream().map(LoyaltyGestureView::recordedBy),
                        followUps.stream().flatMap(f -> Stream.of(f.assignee(), f.doneBy())))
                .filter(java.util.Objects::nonNull).distinct().toList());
        add(figures(health), risks(health), trend(health), gesturesCard(gestures, names),
                followUpsCard(followUps, names));
    }

    private Div figures(ClientHealth health) {
        Div card = card("health.figures", "health-figures");
        LocalDate since = health.clientSince();
        // a tenure under a month says nothing the date does not
        Period tenure = since == null || since.isAfter(formats.today()) ? null : Period.between(since, formats.today());
        if (tenure != null && tenure.toTotalMonths() == 0) {
            tenure = null;
        }
        card.add(row("health.client-since", since == null ? "—" : formats.date(since)
                + (tenure == null ? "" : " (" + getTranslation("health.tenure", tenure.getYears(), tenure.getMonths())
                + ")"), "health-client-since"));
        Integer nps = health.latestNps();
        card.add(row("health.nps.latest", nps == null ? getTranslation("health.nps.none") : String.valueOf(nps),
                "health-nps-latest"));
        card.add(row("health.ratings", health.ratings() == 0 ? getTranslation("health.ratings.none")
                : getTranslation("health.ratings.figures", health.ratingAverage(), health.ratings(),
                        health.latestRating()), "health-ratings"));
        card.add(row("health.support.open", String.valueOf(health.openSupportRequests()), "health-support-open"));
        card.add(row("health.support.breaches", String.valueOf(health.slaBreaches()), "health-sla-breaches"));
        card.add(row("health.renewal", health.renewalOn() == null ? getTranslation("health.renewal.none")
                : formats.date(health.renewalOn()), "health-renewal"));
        card.add(row("health.last-contact", health.lastContactAt() == null ? getTranslation("health.last-contact.none")
                : formats.date(health.lastContactAt()) + " · "
                        + getTranslation("health.contact." + java.util.Objects.requireNonNull(
                                health.lastContactKind()).name()), "health-last-contact"));
        return card;
    }

    private Div risks(ClientHealth health) {
        Div card = card("health.risks", "health-risks");
        if (!health.atRisk()) {
            Paragraph none = new Paragraph(getTranslation("health.risks.none"));
            none.setId("health-no-risk");
            none.addClassName("klien-muted");
            card.add(none);
            return card;
        }
        UnorderedList list = new UnorderedList();
        list.setId("health-risk-list");
        for (RiskReason reason : health.risks()) {
            ListItem item = new ListItem(RiskTexts.of(this, reason, formats));
            item.addClassName("klien-overdue-text");
            list.add(item);
        }
        card.add(list);
        return card;
    }

    private Div trend(ClientHealth health) {
        Div card = card("health.nps.trend", "health-nps");
        if (health.npsTrend().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("health.nps.trend.none"));
            none.setId("health-nps-none");
            none.addClassName("klien-muted");
            card.add(none);
        } else {
            card.add(new NpsTrend(health.npsTrend(), formats));
        }
        return card;
    }

    private Div gesturesCard(List<LoyaltyGestureView> gestures, Map<String, String> names) {
        Div card = card("health.gestures", "health-gestures");
        Button add = new Button(getTranslation("health.gestures.add"), click -> openGestureDialog());
        add.setId("health-gesture-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Grid<LoyaltyGestureView> grid = new Grid<>();
        grid.setId("health-gesture-grid");
        grid.addColumn(g -> formats.date(g.givenOn())).setHeader(getTranslation("health.gesture.date"))
                .setAutoWidth(true);
        grid.addColumn(g -> getTranslation("health.gesture.kind." + g.kind().name()))
                .setHeader(getTranslation("health.gesture.kind")).setAutoWidth(true);
        grid.addColumn(g -> g.amount() == null ? "" : formats.money(g.amount(), g.currency()))
                .setHeader(getTranslation("health.gesture.value")).setAutoWidth(true);
        grid.addColumn(g -> g.note() == null ? "" : g.note()).setHeader(getTranslation("health.gesture.note"))
                .setFlexGrow(1);
        grid.addColumn(g -> g.recordedBy() == null ? "" : names.getOrDefault(g.recordedBy(),
                getTranslation("people.former"))).setHeader(getTranslation("health.gesture.by")).setAutoWidth(true);
        grid.addComponentColumn(g -> {
            Button remove = new Button(getTranslation("health.gesture.remove"), click -> {
                services.gestures().remove(g.id());
                Notices.success(getTranslation("health.gesture.removed"));
                render();
            });
            remove.setId("health-gesture-remove-" + g.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("health.gestures.empty"));
        grid.setItems(gestures);
        card.add(add, grid);
        return card;
    }

    private void openGestureDialog() {
        LoyaltyGestures gestures = services.gestures();
        Dialog dialog = new Dialog(getTranslation("health.gestures.add"));
        dialog.setId("health-gesture-dialog");
        Select<LoyaltyGestureKind> kind = new Select<>();
        kind.setLabel(getTranslation("health.gesture.kind"));
        kind.setId("health-gesture-kind");
        kind.setItems(LoyaltyGestureKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("health.gesture.kind." + k.name()));
        DatePicker date = new DatePicker(getTranslation("health.gesture.date"));
        date.setId("health-gesture-date");
        date.setValue(formats.today());
        date.setMax(formats.today());
        BigDecimalField value = new BigDecimalField(getTranslation("health.gesture.value"));
        value.setId("health-gesture-value");
        value.setHelperText(getTranslation("health.gesture.value.help"));
        TextField currency = new TextField(getTranslation("health.gesture.currency"));
        currency.setId("health-gesture-currency");
        currency.setValue(gestures.firmCurrency());
        currency.setMaxLength(3);
        TextArea note = new TextArea(getTranslation("health.gesture.note"));
        note.setId("health-gesture-note");
        note.setMaxLength(LoyaltyGestures.NOTE_MAX);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                gestures.record(new NewLoyaltyGesture(clientId, kind.getValue(), date.getValue(), value.getValue(),
                        currency.getValue(), note.getValue()));
                dialog.close();
                Notices.success(getTranslation("health.gesture.saved"));
                render();
            } catch (DomainException e) {
                FieldErrors.show(e, Map.of("kind", kind, "givenOn", date, "amount", value, "note", note));
            }
        });
        save.setId("health-gesture-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(kind, date, value, currency, note));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private Div followUpsCard(List<FollowUpView> followUps, Map<String, String> names) {
        Div card = card("health.follow-ups", "health-follow-ups");
        if (followUps.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("health.follow-ups.none"));
            none.setId("health-follow-ups-none");
            none.addClassName("klien-muted");
            card.add(none);
        }
        for (FollowUpView f : followUps) {
            String who = f.assignee() == null ? getTranslation("health.follow-up.unassigned")
                    : names.getOrDefault(f.assignee(), getTranslation("people.former"));
            Span text = new Span(getTranslation("health.follow-up.text", f.score(), formats.date(f.openedAt()), who)
                    + (f.comment() == null ? "" : " — “" + f.comment() + "”"));
            Div row = new Div(text);
            row.setId("health-follow-up-" + f.id());
            row.addClassName("klien-dashboard-row");
            if (f.state() == FollowUpState.OPEN) {
                Button done = new Button(getTranslation("health.follow-up.mark-done"), click -> {
                    services.health().markDone(f.id(), null);
                    Notices.success(getTranslation("health.follow-up.marked-done"));
                    render();
                });
                done.setId("health-follow-up-done-" + f.id());
                done.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(done);
            } else {
                Span state = new Span(getTranslation("health.follow-up.done", formats.date(f.doneAt()),
                        f.doneBy() == null ? "" : names.getOrDefault(f.doneBy(), getTranslation("people.former"))));
                state.addClassName("klien-muted");
                row.add(state);
            }
            card.add(row);
        }
        return card;
    }

    private Div card(String titleKey, String id) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.addClassName("klien-card");
        card.setId(id);
        return card;
    }

    private Div row(String labelKey, String value, String id) {
        Span shown = new Span(value);
        shown.setId(id);
        Div row = new Div(new Span(getTranslation(labelKey)), shown);
        row.addClassName("klien-dashboard-row");
        return row;
    }
}
