package io.klien.onboarding.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.klien.clients.Clients;
import io.klien.onboarding.KickoffScheduled;
import io.klien.onboarding.KickoffView;
import io.klien.onboarding.Onboardings;
import io.klien.shared.events.DeliveredEffects;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmLocality;
import io.klien.shared.time.Formats;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the kickoff meeting's calendar invitation to each attendee once the scheduling (or the move) has committed:
 * a text with the .ics both as the message's calendar alternative and as an attachment, in the firm's language. A
 * failed email is logged and retried with the event's publication (each attendee's mail goes out once); the meeting
 * stays scheduled.
 */
@Component
class KickoffInvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(KickoffInvitationMailer.class);
    private static final String CALENDAR = "text/calendar; charset=UTF-8; method=REQUEST";

    private final OnboardingStepRepository steps;
    private final OnboardingRepository onboardings;
    private final Onboardings calendar;
    private final Clients clients;
    private final Tenants tenants;
    private final JavaMailSender mail;
    private final DeliveredEffects delivered;
    private final TransactionTemplate readOnly;
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
    private final String from;

    KickoffInvitationMailer(OnboardingStepRepository steps, OnboardingRepository onboardings, Onboardings calendar,
            Clients clients, Tenants tenants, JavaMailSender mail, DeliveredEffects delivered,
            PlatformTransactionManager transactionManager,
            @Value("${klien.mail.from:no-reply@klien.test}") String from) {
        this.steps = steps;
        this.onboardings = onboardings;
        this.calendar = calendar;
        this.clients = clients;
        this.tenants = tenants;
        this.mail = mail;
        this.delivered = delivered;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
        this.from = from;
        texts.setBasenames("notification-texts/onboarding-notices");
        texts.setDefaultEncoding(StandardCharsets.UTF_8.name());
        texts.setFallbackToSystemLocale(false);
        texts.setBundleClassLoader(KickoffInvitationMailer.class.getClassLoader());
    }

    /** One invitation as mailed to every attendee. */
    record KickoffMail(List<String> attendees, int sequence, String subject, String body, String ics) {
    }

    // the firm must be set before a transaction starts, so the listener opens its own
    @ApplicationModuleListener(id = "onboarding.kickoff-mail", propagation = Propagation.NOT_SUPPORTED)
    void on(KickoffScheduled scheduled) {
        KickoffMail invitation = Objects.requireNonNull(TenantContext.callIn(Scope.system(scheduled.tenantId()),
                () -> readOnly.execute(status -> read(scheduled))));
        RuntimeException failure = null;
        for (String attendee : invitation.attendees()) {
            try {
                delivered.deliverOnce("kickoff-mail:" + scheduled.stepId() + ":" + invitation.sequence() + ":" + attendee,
                        () -> send(invitation, attendee));
            } catch (RuntimeException e) {
                log.warn("The kickoff invitation of step {} in firm {} could not be mailed to {}; will retry",
                        scheduled.stepId(), scheduled.tenantId(), attendee, e);
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void send(KickoffMail invitation, String attendee) {
        try {
            mail.send(message(invitation, attendee));
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not prepare the kickoff invitation for " + attendee, e);
        }
    }

    private MimeMessage message(KickoffMail invitation, String attendee) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        message.setFrom(from);
        message.setRecipients(MimeMessage.RecipientType.TO, attendee);
        message.setSubject(invitation.subject(), StandardCharsets.UTF_8.name());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(invitation.body(), StandardCharsets.UTF_8.name());
        MimeBodyPart inline = calendarPart(invitation.ics());
        MimeMultipart alternatives = new MimeMultipart("alternative", text, inline);
        MimeBodyPart readable = new MimeBodyPart();
        readable.setContent(alternatives);

        MimeBodyPart attachment = calendarPart(invitation.ics());
        attachment.setDisposition(Part.ATTACHMENT);
        attachment.setFileName("invite.ics");

        message.setContent(new MimeMultipart("mixed", readable, attachment));
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart calendarPart(String ics) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8), CALENDAR)));
        part.setHeader("Content-Type", CALENDAR);
        return part;
    }

    /** What the invitation says, read in the event's firm. */
    private KickoffMail read(KickoffScheduled scheduled) {
        OnboardingStep step = steps.findById(scheduled.stepId()).orElseThrow();
        KickoffView kickoff = Objects.requireNonNull(step.outcome(KickoffView.class), "The kickoff is not scheduled");
        Onboarding onboarding = onboardings.findById(step.onboardingId()).orElseThrow();
        UUID clientId = onboarding.clientId();
        String client = clients.names(List.of(clientId)).getOrDefault(clientId, "");
        TenantView firm = tenants.find(scheduled.tenantId()).orElseThrow();
        FirmLocality locality = FirmLocality.of(firm.timeZone(), firm.locale());
        Locale language = locality.locale();
        ZoneId zone = locality.zone();
        Formats formats = new Formats(zone, language);
        String where = Stream.of(kickoff.place(), kickoff.videoLink()).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        String start = formats.longDateTime(kickoff.startsAt());
        String subject = texts.getMessage(kickoff.sequence() == 0 ? "onboarding.notice.kickoff.subject"
                : "onboarding.notice.kickoff.moved-subject", new Object[] {firm.displayName(), step.title(), client,
                        start}, language);
        String body = texts.getMessage("onboarding.notice.kickoff.body", new Object[] {firm.displayName(),
                step.title(), client, start + " – " + formats.time(kickoff.endsAt()) + " (" + zone.getId() + ")",
                where}, language);
        return new KickoffMail(kickoff.attendees(), kickoff.sequence(), subject, body, calendar.kickoffInvitation(step.id()));
    }
}
