package io.klien.testimonials.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import io.klien.shared.events.DeliveredEffects;
import io.klien.shared.time.FirmLocality;
import io.klien.shared.time.Formats;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.testimonials.NpsSurveySent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Mails an NPS survey to the contact in the firm's language: a portal user is pointed to the portal, anyone else gets
 * the single-use link. Durable (the event registry retries until it went out) and once per survey.
 */
@Component
class NpsSurveyMailer {

    private final Tenants tenants;
    private final JavaMailSender mail;
    private final DeliveredEffects delivered;
    private final String from;
    private final String publicUrl;

    NpsSurveyMailer(Tenants tenants, JavaMailSender mail, DeliveredEffects delivered,
            @Value("${klien.mail.from:no-reply@klien.test}") String from,
            @Value("${klien.public-url:http://localhost:8080}") String publicUrl) {
        this.tenants = tenants;
        this.mail = mail;
        this.delivered = delivered;
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/$", "");
    }

    @ApplicationModuleListener(id = "testimonials.nps.survey-mail", propagation = Propagation.NOT_SUPPORTED)
    void on(NpsSurveySent sent) {
        delivered.deliverOnce("nps-survey:" + sent.surveyId(), () -> send(sent));
    }

    private void send(NpsSurveySent sent) {
        TenantView firm = TenantContext.callIn(Scope.system(sent.tenantId()),
                () -> tenants.find(sent.tenantId()).orElseThrow());
        Locale language = Locale.forLanguageTag(sent.language());
        Formats dates = new Formats(FirmLocality.of(firm.timeZone(), firm.locale()).zone(), language);
        ResourceBundle texts = ResourceBundle.getBundle("testimonial-texts/health", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String where = sent.linkPath() == null ? publicUrl + "/portal" : publicUrl + sent.linkPath();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(sent.email());
        message.setSubject(new MessageFormat(texts.getString("nps.mail.subject"), language)
                .format(new Object[] {firm.displayName()}));
        message.setText(new MessageFormat(texts.getString(sent.linkPath() == null ? "nps.mail.portal" : "nps.mail.link"),
                language).format(new Object[] {sent.contactName(), firm.displayName(), where,
                        dates.dateTime(sent.expiresAt())}));
        mail.send(message);
    }
}
