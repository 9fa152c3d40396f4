package io.klien.notifications.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.klien.notifications.EmailPreference;
import io.klien.notifications.NewNotification;
import io.klien.notifications.NotificationKind;
import io.klien.notifications.NotificationOutcome;
import io.klien.notifications.NotificationView;
import io.klien.notifications.Notifications;
import io.klien.notifications.internal.NotificationStore.Recorded;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class NotificationService implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final NotificationStore store;
    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final NotificationTexts texts;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicUrl;

    NotificationService(NotificationStore store, NotificationRepository notifications,
            NotificationPreferenceRepository preferences, NotificationTexts texts, Tenants tenants,
            ApplicationEventPublisher events, Clock clock,
            @Value("${klien.public-url:http://localhost:8080}") String publicUrl) {
        this.store = store;
        this.notifications = notifications;
        this.preferences = preferences;
        this.texts = texts;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Override
    public NotificationOutcome notify(NewNotification notification) {
        UUID tenantId = TenantContext.requireTenantId();
        boolean wantsEmail = preferences.findBySubjectAndKind(notification.recipient(), notification.kind().name())
                .map(NotificationPreference::email).orElse(true);
        UUID id = UUID.randomUUID();
        Recorded recorded = store.record(tenantId, id, notification, wantsEmail ? EmailStatus.PENDING : EmailStatus.OFF,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (!recorded.member()) {
            log.info("Notification {} not recorded in firm {}: {} is not a member", notification.kind(), tenantId,
                    notification.recipient());
            return NotificationOutcome.NOT_A_MEMBER;
        }
        if (!recorded.inserted()) {
            return NotificationOutcome.ALREADY_RECORDED;
        }
        String address = notification.email() != null ? notification.email() : recorded.memberEmail();
        if (wantsEmail && address != null) {
            events.publishEvent(mail(tenantId, id, address, String.valueOf(recorded.memberName()), notification));
        }
        return NotificationOutcome.RECORDED;
    }

    private NotificationMailDue mail(UUID tenantId, UUID id, String address, String name, NewNotification n) {
        TenantView firm = tenants.find(tenantId).orElseThrow();
        Locale language = Locale.forLanguageTag(firm.locale());
        String message = texts.text(n.messageKey(), n.arguments(), language);
        String subject = texts.text("notifications.mail.subject", List.of(firm.displayName(), message), language);
        String body = texts.text("notifications.mail.body", List.of(name, message, publicUrl + "/" + n.link(),
                firm.displayName(), label(n.kind(), language)), language);
        return new NotificationMailDue(tenantId, id, address, subject, body);
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadFalse(person().subject());
    }

    @Override
    @Transactional(readOnly = true)
    public Slice<NotificationView> recent(Pageable pageable, Locale language) {
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(person().subject(), newestFirst)
                .map(n -> view(n, language));
    }

    private NotificationView view(Notification n, Locale language) {
        return new NotificationView(n.id(), n.kind(), texts.text(n.messageKey(), n.arguments(), language), n.link(),
                n.createdAt(), n.isRead());
    }

    @Override
    public void markRead(UUID notificationId) {
        String subject = person().subject();
        if (notifications.markRead(notificationId, subject, clock.instant()) == 0
                && !notifications.existsByIdAndRecipient(notificationId, subject)) {
            throw new DomainException("notifications.not-found");
        }
    }

    @Override
    public int markAllRead() {
        return notifications.markAllRead(person().subject(), clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public List<EmailPreference> preferences() {
        Map<NotificationKind, Boolean> chosen = preferences.findBySubject(person().subject()).stream()
                .collect(Collectors.toMap(NotificationPreference::kind, NotificationPreference::email));
        return Arrays.stream(NotificationKind.values())
                .map(kind -> new EmailPreference(kind, chosen.getOrDefault(kind, true)))
                .toList();
    }

    @Override
    public EmailPreference setEmail(NotificationKind kind, boolean email) {
        Scope person = person();
        store.setEmail(TenantContext.requireTenantId(), person.subject(), kind, email);
        return new EmailPreference(kind, email);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public String label(NotificationKind kind, Locale language) {
        return texts.text(kind.labelKey(), List.of(), language);
    }

    private static Scope person() {
        return TenantContext.current().filter(s -> s.tenantId() != null && s.subject() != null)
                .orElseThrow(() -> new AccessDeniedException("Notifications belong to a person signed in to a firm"));
    }
}
