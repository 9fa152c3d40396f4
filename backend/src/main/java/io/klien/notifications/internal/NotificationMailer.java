package io.klien.notifications.internal;

import java.nio.charset.StandardCharsets;

import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails a notification after the transaction that recorded it has committed, so a rolled-back notification is never
 * mailed. The publication is registered with the event, so a failed email is recorded on the row and retried until it
 * goes out; a notification already mailed is not mailed again.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final JavaMailSender mail;
    private final NotificationStore store;
    private final TransactionTemplate ownTransaction;
    private final String from;

    NotificationMailer(JavaMailSender mail, NotificationStore store, PlatformTransactionManager transactionManager,
            @Value("${klien.mail.from:no-reply@klien.test}") String from) {
        this.mail = mail;
        this.store = store;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
    }

    // the firm must be set before a transaction starts, so the listener opens its own
    @ApplicationModuleListener(id = "notifications.mail", propagation = Propagation.NOT_SUPPORTED)
    void send(NotificationMailDue due) {
        TenantContext.runIn(Scope.system(due.tenantId()), () -> {
            EmailStatus status = ownTransaction.execute(tx -> store.emailStatus(due.notificationId()).orElse(null));
            if (status != EmailStatus.PENDING && status != EmailStatus.FAILED) {
                return;
            }
            try {
                mail.send(message(due));
            } catch (RuntimeException e) {
                log.warn("Notification {} of firm {} is recorded, but its email to {} failed; it will be retried",
                        due.notificationId(), due.tenantId(), due.to(), e);
                ownTransaction.executeWithoutResult(tx -> store.markMailed(due.notificationId(), EmailStatus.FAILED));
                throw e;
            }
            ownTransaction.executeWithoutResult(tx -> store.markMailed(due.notificationId(), EmailStatus.SENT));
        });
    }

    private MimeMessage message(NotificationMailDue due) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(due.to());
            helper.setSubject(due.subject());
            helper.setText(due.body());
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not prepare the email of notification " + due.notificationId(), e);
        }
    }
}
