package io.klien.notifications.internal;

import java.nio.charset.StandardCharsets;

import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails a notification after the transaction that recorded it has committed, so a rolled-back notification is never
 * mailed and a failed email never takes the notification with it: the failure is logged and recorded on the row.
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

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(NotificationMailDue due) {
        EmailStatus status;
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(due.to());
            helper.setSubject(due.subject());
            helper.setText(due.body());
            mail.send(message);
            status = EmailStatus.SENT;
        } catch (MessagingException | RuntimeException e) {
            log.warn("Notification {} of firm {} is recorded, but its email to {} failed", due.notificationId(),
                    due.tenantId(), due.to(), e);
            status = EmailStatus.FAILED;
        }
        EmailStatus outcome = status;
        try {
            TenantContext.runIn(Scope.system(due.tenantId()), () -> ownTransaction.executeWithoutResult(
                    done -> store.markMailed(due.notificationId(), outcome)));
        } catch (RuntimeException e) {
            log.warn("Could not record that the email of notification {} of firm {} was {}", due.notificationId(),
                    due.tenantId(), outcome, e);
        }
    }
}
