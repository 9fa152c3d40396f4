package io.klien.testimonials.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import io.klien.shared.events.DeliveredEffects;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.Tenants;
import io.klien.testimonials.TestimonialLinks;
import io.klien.testimonials.TestimonialRequested;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails an ask to the contact in the ask's language ({@code testimonial-texts/testimonials*.properties}): which firm
 * asks, what happened (for an automatic ask), and the absolute link, the portal's testimonials page for a portal
 * user or the single-use link page otherwise. Durable (the event registry retries until the mail went out) and once
 * per ask.
 *
 * <p>The single-use token never reaches the event registry: the ask hands it over in memory
 * ({@link PendingLinkTokens}). When the mail is retried without it (a failed send, another replica, a restart), the
 * ask gets a fresh token (its hash replaces the old one, which was never mailed) while it is still open; an answered
 * or expired ask is not mailed any more.
 */
@Component
class AskMailer {

    private final TestimonialRequestRepository requests;
    private final PendingLinkTokens pendingTokens;
    private final AskOccasions occasions;
    private final Tenants tenants;
    private final FirmTime time;
    private final JavaMailSender mail;
    private final DeliveredEffects delivered;
    private final TransactionTemplate ownTransaction;
    private final String from;
    private final String publicUrl;

    AskMailer(TestimonialRequestRepository requests, PendingLinkTokens pendingTokens, AskOccasions occasions,
            Tenants tenants, FirmTime time, JavaMailSender mail, DeliveredEffects delivered,
            PlatformTransactionManager transactionManager,
            @Value("${klien.mail.from:no-reply@klien.test}") String from,
            @Value("${klien.public-url:http://localhost:8080}") String publicUrl) {
        this.requests = requests;
        this.pendingTokens = pendingTokens;
        this.occasions = occasions;
        this.tenants = tenants;
        this.time = time;
        this.mail = mail;
        this.delivered = delivered;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/$", "");
    }

    /** One mail: to whom, with its subject and text. */
    record AskMail(String address, String subject, String text) {
    }

    @ApplicationModuleListener(id = "testimonials.ask-mail.requested", propagation = Propagation.NOT_SUPPORTED)
    void on(TestimonialRequested requested) {
        String key = "testimonial-ask:" + requested.requestId();
        String address = requested.contactEmail();
        if (address == null || address.isBlank() || delivered.delivered(key)) {
            pendingTokens.take(requested.requestId());
            return;
        }
        AskMail due = TenantContext.callIn(Scope.system(requested.tenantId()),
                () -> ownTransaction.execute(status -> compose(requested, address.strip())));
        if (due != null) {
            delivered.deliverEachOnce(Map.of(key, () -> send(due)),
                    "Testimonial ask " + requested.requestId() + " of firm " + requested.tenantId());
        }
    }

    private @Nullable AskMail compose(TestimonialRequested requested, String address) {
        TestimonialRequest request = requests.findById(requested.requestId()).orElse(null);
        if (request == null) {
            return null;
        }
        String link;
        if (requested.linkPath() != null) {
            link = publicUrl + "/" + requested.linkPath();
        } else {
            String token = pendingTokens.take(request.id()).orElse(null);
            if (token == null) {
                token = SingleUseTokens.newToken();
                if (!request.replaceToken(SingleUseTokens.sha256(token), time.now())) {
                    return null;
                }
            }
            link = publicUrl + "/" + TestimonialLinks.linkPath(requested.tenantId(), token);
        }
        Locale language = Locale.forLanguageTag(requested.language());
        String firm = tenants.find(requested.tenantId()).orElseThrow().displayName();
        ResourceBundle bundle = ResourceBundle.getBundle("testimonial-texts/testimonials", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String occasion = occasions.titleOf(requested.trigger(), requested.sourceId())
                .map(title -> text(bundle, language, "mail.ask.occasion." + requested.trigger().name(), title))
                .orElse("");
        String validity = requested.linkPath() != null ? "" : text(bundle, language, "mail.ask.link-valid",
                time.formatsOf(requested.tenantId(), language).date(requested.expiresAt()));
        return new AskMail(address, text(bundle, language, "mail.ask.subject", requested.contactName(), firm),
                text(bundle, language, "mail.ask.body", requested.contactName(), firm, occasion, link, validity));
    }

    private static String text(ResourceBundle bundle, Locale language, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language).format(arguments);
    }

    private void send(AskMail m) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(m.address());
        message.setSubject(m.subject());
        message.setText(m.text());
        mail.send(message);
    }
}
