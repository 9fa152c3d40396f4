package io.klien.projects.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.klien.projects.ProjectUpdatePosted;
import io.klien.shared.events.DeliveredEffects;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmLocality;
import io.klien.shared.time.Formats;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails a posted status update to the client's users who follow the project (all active client users of the client
 * but those who unfollowed it), in the firm's language. Durable (the event registry retries until every mail went
 * out) and once per follower.
 */
@Component
class ProjectUpdateMailer {

    private final ProjectRepository projects;
    private final ProjectUpdateRepository updates;
    private final ProjectFollowerRepository followers;
    private final Memberships memberships;
    private final Tenants tenants;
    private final JavaMailSender mail;
    private final DeliveredEffects delivered;
    private final TransactionTemplate readOnly;
    private final String from;
    private final String publicUrl;

    ProjectUpdateMailer(ProjectRepository projects, ProjectUpdateRepository updates,
            ProjectFollowerRepository followers, Memberships memberships, Tenants tenants, JavaMailSender mail,
            DeliveredEffects delivered, PlatformTransactionManager transactionManager,
            @Value("${klien.mail.from:no-reply@klien.test}") String from,
            @Value("${klien.public-url:http://localhost:8080}") String publicUrl) {
        this.projects = projects;
        this.updates = updates;
        this.followers = followers;
        this.memberships = memberships;
        this.tenants = tenants;
        this.mail = mail;
        this.delivered = delivered;
        this.readOnly = DeliveredEffects.readOnlyTransaction(transactionManager);
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/$", "");
    }

    /** One mail: to whom, with its subject and text. */
    record UpdateMail(String subject, String address, String title, String text) {
    }

    @ApplicationModuleListener(id = "projects.update-mail.posted", propagation = Propagation.NOT_SUPPORTED)
    void on(ProjectUpdatePosted posted) {
        List<UpdateMail> due = Objects.requireNonNull(TenantContext.callIn(Scope.system(posted.tenantId()),
                () -> readOnly.execute(status -> due(posted))));
        Map<String, Runnable> mails = new LinkedHashMap<>();
        for (UpdateMail m : due) {
            mails.put("project-update:" + posted.updateId() + ":" + m.subject(), () -> send(m));
        }
        delivered.deliverEachOnce(mails, "Project update " + posted.updateId() + " of firm " + posted.tenantId());
    }

    private List<UpdateMail> due(ProjectUpdatePosted posted) {
        Project project = projects.findById(posted.projectId()).orElse(null);
        ProjectUpdate update = updates.findById(posted.updateId()).orElse(null);
        if (project == null || update == null) {
            return List.of();
        }
        Set<String> unfollowed = followers.findByProjectId(project.id()).stream().filter(f -> !f.following())
                .map(ProjectFollower::subject).collect(Collectors.toSet());
        TenantView firm = tenants.find(posted.tenantId()).orElseThrow();
        Locale language = Locale.forLanguageTag(firm.locale());
        Formats dates = new Formats(FirmLocality.of(firm.timeZone(), firm.locale()).zone(), language);
        ProjectTexts texts = new ProjectTexts(language);
        String none = texts.get("mail.update.none");
        String period = update.periodFrom() == null || update.periodTo() == null ? ""
                : texts.get("mail.update.period", dates.date(update.periodFrom()), dates.date(update.periodTo()));
        String title = texts.get("mail.update.subject", project.title(), firm.displayName());
        List<UpdateMail> out = new ArrayList<>();
        for (MembershipView user : memberships.clientUsers(Set.of(project.clientId()))
                .getOrDefault(project.clientId(), List.of())) {
            if (unfollowed.contains(user.subject()) || user.email() == null || user.email().isBlank()) {
                continue;
            }
            String text = texts.get("mail.update.body", user.displayName(), firm.displayName(), project.title(),
                    period, update.done(), orNone(update.next(), none), orNone(update.risks(), none),
                    publicUrl + "/portal");
            out.add(new UpdateMail(user.subject(), user.email().strip(), title, text));
        }
        return out;
    }

    private static String orNone(@Nullable String text, String none) {
        return text == null ? none : text;
    }

    private void send(UpdateMail m) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(m.address());
        message.setSubject(m.title());
        message.setText(m.text());
        mail.send(message);
    }
}
