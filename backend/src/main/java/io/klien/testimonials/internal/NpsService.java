package io.klien.testimonials.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.clients.ClientContacts;
import io.klien.clients.ClientProfile;
import io.klien.clients.Clients;
import io.klien.clients.ContactView;
import io.klien.notifications.NewNotification;
import io.klien.notifications.NotificationKind;
import io.klien.notifications.Notifications;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.testimonials.DetractorFollowUpOpened;
import io.klien.testimonials.NetPromoterScore;
import io.klien.testimonials.NpsAnswered;
import io.klien.testimonials.NpsCategory;
import io.klien.testimonials.NpsSettings;
import io.klien.testimonials.NpsSurveySent;
import io.klien.testimonials.NpsSurveyView;
import io.klien.testimonials.NpsSurveys;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class NpsService implements NpsSurveys {

    /** The most surveys one firm's run sends; the rest go out in the next run. */
    static final int RUN_LIMIT = 500;

    private final NpsScheduleRepository schedules;
    private final NpsSurveyRepository surveys;
    private final NpsFollowUpRepository followUps;
    private final HealthQueries queries;
    private final ClientContacts contacts;
    private final Clients clients;
    private final Memberships memberships;
    private final Notifications notifications;
    private final FirmTime time;
    private final ApplicationEventPublisher events;

    NpsService(NpsScheduleRepository schedules, NpsSurveyRepository surveys, NpsFollowUpRepository followUps,
            HealthQueries queries, ClientContacts contacts, Clients clients, Memberships memberships,
            Notifications notifications, FirmTime time, ApplicationEventPublisher events) {
        this.schedules = schedules;
        this.surveys = surveys;
        this.followUps = followUps;
        this.queries = queries;
        this.contacts = contacts;
        this.clients = clients;
        this.memberships = memberships;
        this.notifications = notifications;
        this.time = time;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public NpsSettings settings() {
        return schedules.findFirstBy().map(NpsSchedule::toSettings).orElse(NpsSettings.DEFAULTS);
    }

    @Override
    public NpsSettings changeSettings(NpsSettings changed) {
        String by = TenantContext.acting().subject();
        Optional<NpsSchedule> existing = schedules.findFirstBy();
        NpsSchedule schedule;
        if (existing.isPresent()) {
            schedule = existing.get();
            schedule.change(changed, by, time.now());
        } else {
            schedule = NpsSchedule.of(changed, by, time.now());
        }
        return schedules.saveAndFlush(schedule).toSettings();
    }

    @Override
    public int sendDue() {
        NpsSettings current = settings();
        if (!current.enabled()) {
            return 0;
        }
        Instant now = time.now();
        List<HealthQueries.DueContact> due = queries.contactsDue(now.minus(Duration.ofDays(current.intervalDays())),
                RUN_LIMIT);
        if (due.isEmpty()) {
            return 0;
        }
        Map<UUID, List<MembershipView>> portalUsers = asSystem(() -> memberships.clientUsers(
                due.stream().map(HealthQueries.DueContact::clientId).distinct().toList()));
        UUID tenantId = TenantContext.requireTenantId();
        String language = time.locality().locale().getLanguage();
        Instant expiresAt = now.plus(Duration.ofDays(current.linkValidDays()));
        for (HealthQueries.DueContact contact : due) {
            String portalSubject = portalUsers.getOrDefault(contact.clientId(), List.of()).stream()
                    .filter(m -> m.isActive() && contact.email().equalsIgnoreCase(m.email()))
                    .map(MembershipView::subject).findFirst().orElse(null);
            String token = portalSubject == null ? SingleUseTokens.newToken() : null;
            NpsSurvey saved = surveys.save(NpsSurvey.of(contact.clientId(), contact.contactId(), portalSubject,
                    token == null ? null : SingleUseTokens.sha256(token), now, expiresAt));
            events.publishEvent(new NpsSurveySent(tenantId, saved.id(), contact.clientId(), contact.contactId(),
                    contact.name(), contact.email(), portalSubject,
                    token == null ? null : "/nps/" + tenantId + "/" + token, language, expiresAt));
        }
        surveys.flush();
        return due.size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<NpsSurveyView> ofClient(UUID clientId) {
        Map<UUID, String> names = contactNames(clientId);
        return surveys.findByClientIdOrderBySentAtDesc(clientId).stream()
                .map(s -> s.toView(names.getOrDefault(s.contactId(), ""))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public NetPromoterScore firmScore(int days) {
        if (days < 1) {
            throw new DomainException("health.nps.days");
        }
        return NetPromoterScore.of(queries.scoresSince(time.now().minus(Duration.ofDays(days))));
    }

    @Override
    @Transactional(readOnly = true)
    public List<NpsSurveyView> openForMe() {
        Scope scope = TenantContext.acting();
        UUID clientId = scope.clientId();
        if (clientId == null) {
            return List.of();
        }
        Map<UUID, String> names = contactNames(clientId);
        return surveys.findByPortalSubjectAndAnsweredAtIsNullAndExpiresAtAfterOrderBySentAtDesc(
                        Objects.requireNonNull(scope.subject()), time.now()).stream()
                .filter(s -> s.clientId().equals(clientId))
                .map(s -> s.toView(names.getOrDefault(s.contactId(), ""))).toList();
    }

    @Override
    public NpsSurveyView answer(UUID surveyId, int score, @Nullable String comment) {
        Scope scope = TenantContext.acting();
        NpsSurvey survey = surveys.findById(surveyId)
                .filter(s -> Objects.equals(s.portalSubject(), scope.subject())
                        && s.clientId().equals(scope.clientId()))
                .orElseThrow(() -> new DomainException("health.nps.not-found"));
        return answered(survey, score, comment, scope.subject());
    }

    @Override
    @Transactional(readOnly = true)
    public NpsSurveyView surveyOfLink(String token) {
        NpsSurvey survey = openSurveyOfLink(token);
        return survey.toView(contactNames(survey.clientId()).getOrDefault(survey.contactId(), ""));
    }

    @Override
    public NpsSurveyView answerByLink(String token, int score, @Nullable String comment) {
        return answered(openSurveyOfLink(token), score, comment, null);
    }

    private NpsSurvey openSurveyOfLink(String token) {
        NpsSurvey survey = surveys.findByTokenHash(SingleUseTokens.sha256(token == null ? "" : token))
                .orElseThrow(() -> new DomainException("health.nps.link-unknown"));
        survey.requireOpen(time.now());
        return survey;
    }

    /** Records the answer and, for a detractor, opens the follow-up and notifies the representative. */
    private NpsSurveyView answered(NpsSurvey survey, int score, @Nullable String comment, @Nullable String by) {
        Instant now = time.now();
        survey.answer(score, comment, by, now);
        surveys.saveAndFlush(survey);
        UUID tenantId = TenantContext.requireTenantId();
        String contactName = contactNames(survey.clientId()).getOrDefault(survey.contactId(), "");
        if (NpsCategory.of(score) == NpsCategory.DETRACTOR && !followUps.existsBySurveyId(survey.id())) {
            ClientProfile client = asSystem(() -> clients.profile(survey.clientId()));
            String representative = client.representativeSubject();
            NpsFollowUp followUp = followUps.saveAndFlush(NpsFollowUp.open(survey, representative, now));
            if (representative != null) {
                notifications.notify(NewNotification.of(representative, NotificationKind.NPS_DETRACTOR,
                                "clients/" + survey.clientId(), contactName, client.name(), String.valueOf(score))
                        .withDedupeKey("nps-detractor:" + survey.id()));
            }
            events.publishEvent(new DetractorFollowUpOpened(tenantId, followUp.id(), survey.clientId(),
                    representative, score));
        }
        events.publishEvent(new NpsAnswered(tenantId, survey.id(), survey.clientId(), score));
        return survey.toView(contactName);
    }

    private Map<UUID, String> contactNames(UUID clientId) {
        List<ContactView> of = asSystem(() -> contacts.contacts(clientId));
        Map<UUID, String> names = new java.util.HashMap<>();
        for (ContactView c : of) {
            names.put(c.id(), c.name());
        }
        return names;
    }

    private static <T> T asSystem(Supplier<T> read) {
        return TenantContext.callIn(Scope.system(TenantContext.requireTenantId()), read);
    }
}
