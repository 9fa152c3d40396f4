package io.klien.ui.notifications;


import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.klien.notifications.NotificationView;
import io.klien.notifications.Notifications;
import io.klien.shared.DomainException;
import io.klien.shared.time.Formats;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.security.ActiveFirm;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

/**
 * The bell in the header: how many notifications are unread, and on click the newest ones (paged from the database),
 * each opening what it links to. Email settings open from here. Shows nothing outside a firm.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class NotificationBell extends Composite<Div> implements AfterNavigationObserver {

    static final int PAGE_SIZE = 10;

    private final Notifications notifications;
    private final boolean inFirm;
    private final Formats time;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Badge unread = new Badge();
    private final Popover popover = new Popover();
    private final Div list = new Div();
    private int pages = 1;

    public NotificationBell(Notifications notifications, ActiveFirm activeFirm, FirmFormats formats) {
        this.notifications = notifications;
        this.inFirm = activeFirm.tenantId().isPresent();
        this.time = formats.formats();
        getContent().addClassName("klien-notification-bell");
        getContent().setVisible(inFirm);

        bell.setId("notifications-bell");
        bell.setAriaLabel(getTranslation("notifications.title"));
        bell.setTooltipText(getTranslation("notifications.title"));
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        unread.setId("notifications-unread");
        unread.setText(getTranslation("notifications.unread"));
        unread.addThemeVariants(BadgeVariant.ERROR, BadgeVariant.FILLED, BadgeVariant.SMALL, BadgeVariant.NUMBER_ONLY);
        bell.setSuffixComponent(unread);
        bell.addClickListener(click -> toggle());

        popover.setTarget(bell);
        popover.setOpenOnClick(false);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel(getTranslation("notifications.title"));
        popover.setWidth("24rem");
        popover.add(header(), list);
        list.setId("notifications-list");
        list.addClassName("klien-notification-list");
        getContent().add(bell, popover);
        refreshCount();
    }

    private Div header() {
        Span title = new Span(getTranslation("notifications.title"));
        title.addClassName("klien-notification-title");
        Button markAll = new Button(getTranslation("notifications.mark-all"), click -> markAllRead());
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button settings = new Button(VaadinIcon.COG.create(), click -> {
            popover.close();
            new EmailSettingsDialog(notifications).open();
        });
        settings.setId("notifications-settings");
        settings.setAriaLabel(getTranslation("notifications.settings"));
        settings.setTooltipText(getTranslation("notifications.settings"));
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div header = new Div(title, markAll, settings);
        header.addClassName("klien-notification-header");
        return header;
    }

    private void toggle() {
        if (popover.isOpened()) {
            popover.close();
            return;
        }
        pages = 1;
        renderList();
        popover.open();
    }

    private void renderList() {
        list.removeAll();
        boolean older = false;
        for (int p = 0; p < pages; p++) {
            Slice<NotificationView> page = notifications.recent(PageRequest.of(p, PAGE_SIZE), getLocale());
            page.forEach(n -> list.add(item(n)));
            older = page.hasNext();
        }
        if (list.getComponentCount() == 0) {
            Paragraph empty = new Paragraph(getTranslation("notifications.empty"));
            empty.setId("notifications-empty");
            empty.addClassName("klien-muted");
            list.add(empty);
        } else if (older) {
            Button more = new Button(getTranslation("notifications.more"), click -> {
                pages++;
                renderList();
            });
            more.setId("notifications-more");
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            list.add(more);
        }
        refreshCount();
    }

    private Button item(NotificationView n) {
        Span text = new Span(n.text());
        text.addClassName("klien-notification-text");
        Span when = new Span(time.dateTime(n.createdAt()));
        when.addClassName("klien-muted");
        Button item = new Button();
        item.getElement().appendChild(new Div(text, when).getElement());
        item.setId("notification-" + n.id());
        item.addClassName("klien-notification-item");
        if (!n.read()) {
            item.addClassName("klien-notification-unread");
        }
        item.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        item.addClickListener(click -> open(n));
        return item;
    }

    private void open(NotificationView n) {
        try {
            notifications.markRead(n.id());
        } catch (DomainException e) {
            Notices.refused(e);
            renderList();
            return;
        }
        popover.close();
        refreshCount();
        getUI().ifPresent(ui -> ui.navigate(n.link()));
    }

    private void markAllRead() {
        notifications.markAllRead();
        renderList();
        Notices.success(getTranslation("notifications.marked-all"));
    }

    private void refreshCount() {
        if (!inFirm) {
            return;
        }
        long count = notifications.unreadCount();
        unread.setNumber((int) Math.min(count, 99));
        unread.setVisible(count > 0);
        bell.setAriaLabel(count > 0 ? getTranslation("notifications.title-unread", count) : getTranslation("notifications.title"));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshCount();
    }
}
