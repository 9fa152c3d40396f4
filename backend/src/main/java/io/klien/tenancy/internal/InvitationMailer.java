package io.klien.tenancy.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.klien.identity.IdentityDirectory;
import io.klien.shared.events.DeliveredEffects;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmLocality;
import io.klien.shared.time.Formats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Mails an invitation once it has committed (a refused or rolled-back invitation mails nothing). A failure leaves the
 * event's publication incomplete, so the mail is retried; each invitation is mailed once.
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final JavaMailSender mail;
    private final IdentityDirectory directory;
    private final DeliveredEffects delivered;
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
    private final String from;

    InvitationMailer(JavaMailSender mail, IdentityDirectory directory, DeliveredEffects delivered,
            @Value("${klien.mail.from:no-reply@klien.test}") String from) {
        this.mail = mail;
        this.directory = directory;
        this.delivered = delivered;
        this.from = from;
        texts.setBasenames("tenancy-texts/invitations");
        texts.setDefaultEncoding(StandardCharsets.UTF_8.name());
        texts.setFallbackToSystemLocale(false);
        texts.setBundleClassLoader(InvitationMailer.class.getClassLoader());
    }

    @ApplicationModuleListener(id = "tenancy.invitation-mail", propagation = Propagation.NOT_SUPPORTED)
    void on(InvitationMailDue due) {
        TenantContext.runIn(Scope.system(due.tenantId()), () -> {
            boolean sent = delivered.deliverOnce("invitation-mail:" + due.invitationId(), () -> {
                if (due.needsPassword()) {
                    directory.sendSetPasswordMail(due.personId(), due.acceptUrl(), due.lifetime());
                } else {
                    mail.send(message(due));
                }
            });
            if (sent) {
                log.info("Invitation {} of firm {} mailed", due.invitationId(), due.tenantId());
            }
        });
    }

    SimpleMailMessage message(InvitationMailDue due) {
        Locale language = Locale.forLanguageTag(due.languageTag());
        String until = new Formats(FirmLocality.of(due.timeZone(), due.languageTag()).zone(), language)
                .longDateTime(due.expiresAt());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(due.email());
        message.setSubject(texts.getMessage("invitation.mail.subject", new Object[] {due.firmName()}, language));
        message.setText(texts.getMessage("invitation.mail.body",
                new Object[] {due.name(), due.firmName(), due.acceptUrl(), until}, language));
        return message;
    }
}
