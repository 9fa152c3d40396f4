package io.klien.projects.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.contracts.Money;
import io.klien.contracts.Quota;
import io.klien.projects.DeliverableApproved;
import io.klien.projects.DeliverableChangesRequested;
import io.klien.projects.NewTimeEntry;
import io.klien.projects.ProjectUsage;
import io.klien.projects.ProjectUsageView;
import io.klien.projects.QuotaThresholdReached;
import io.klien.projects.QuotaUsage;
import io.klien.projects.TimeEntryView;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ProjectUsageService implements ProjectUsage {

    static final int MINUTES_A_DAY = 24 * 60;
    static final int NOTE_MAX = 1000;
    static final List<Integer> THRESHOLDS = List.of(80, 100);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final ProjectService projectService;
    private final ProjectRepository projects;
    private final ProjectMemberRepository members;
    private final ProjectTimeEntryRepository entries;
    private final ProjectUnitUsageRepository units;
    private final ProjectTaskRepository tasks;
    private final DeliverableRepository deliverables;
    private final FirmTime time;
    private final ApplicationEventPublisher events;
    @PersistenceContext
    private EntityManager em;

    ProjectUsageService(ProjectService projectService, ProjectRepository projects, ProjectMemberRepository members,
            ProjectTimeEntryRepository entries, ProjectUnitUsageRepository units, ProjectTaskRepository tasks,
            DeliverableRepository deliverables, FirmTime time, ApplicationEventPublisher events) {
        this.projectService = projectService;
        this.projects = projects;
        this.members = members;
        this.entries = entries;
        this.units = units;
        this.tasks = tasks;
        this.deliverables = deliverables;
        this.time = time;
        this.events = events;
    }

    @Override
    public TimeEntryView logTime(UUID projectId, NewTimeEntry entry) {
        Project project = projectService.readable(projectId);
        project.requireOpen();
        String subject = teamMember(project);
        if (entry.date() == null) {
            throw DomainException.onField("date", "projects.time.date-required");
        }
        if (entry.date().isAfter(time.today())) {
            throw DomainException.onField("date", "projects.time.future");
        }
        Duration duration = entry.duration();
        if (duration == null || duration.isNegative() || duration.isZero() || duration.toSecondsPart() != 0
                || duration.toNanosPart() != 0 || duration.toMinutes() > MINUTES_A_DAY) {
            throw DomainException.onField("duration", "projects.time.bad-duration");
        }
        if (entry.taskId() != null && tasks.findById(entry.taskId())
                .filter(t -> t.projectId().equals(project.id())).isEmpty()) {
            throw DomainException.onField("taskId", "projects.task.not-found");
        }
        if (entry.deliverableId() != null && deliverables.findById(entry.deliverableId())
                .filter(d -> d.projectId().equals(project.id())).isEmpty()) {
            throw DomainException.onField("deliverableId", "projects.deliverable.not-found");
        }
        int minutes = (int) duration.toMinutes();
        // one person's day is counted across all projects: serialise their entries for that day
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "time:" + project.tenantId() + ":" + subject + ":" + entry.date())
                .getSingleResult();
        if (entries.minutesOf(subject, entry.date()) + minutes > MINUTES_A_DAY) {
            throw DomainException.onField("duration", "projects.time.day-full", 24);
        }
        ProjectTimeEntry saved = entries.saveAndFlush(ProjectTimeEntry.of(project.id(), subject, entry.date(), minutes,
                entry.billable(), entry.taskId(), entry.deliverableId(), note(entry.note()), time.now()));
        checkThresholds(project, entry.date());
        return view(saved);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimeEntryView> timeEntries(UUID projectId, LocalDate from, LocalDate to) {
        Project project = projectService.readable(projectId);
        return entries.findByProjectIdAndWorkDateBetweenOrderByWorkDateAscIdAsc(project.id(), from, to).stream()
                .map(ProjectUsageService::view).toList();
    }

    @Override
    public void logUnits(UUID projectId, Quota.Unit unit, BigDecimal amount, LocalDate on, @Nullable String note) {
        Project project = projectService.readable(projectId);
        project.requireOpen();
        String subject = teamMember(project);
        if (unit == null || !unit.countedByHand()) {
            throw DomainException.onField("unit", "projects.usage.counted-elsewhere");
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("1000")) > 0) {
            throw DomainException.onField("amount", "projects.usage.bad-amount");
        }
        if (on == null || on.isAfter(time.today())) {
            throw DomainException.onField("on", "projects.time.future");
        }
        units.saveAndFlush(ProjectUnitUsage.of(project.id(), unit, amount, on, note(note), subject, time.now()));
        checkThresholds(project, on);
    }

    @Override
    @Transactional(readOnly = true)
    public ProjectUsageView usage(UUID projectId) {
        Project project = projectService.readable(projectId);
        LocalDate today = time.today();
        return new ProjectUsageView(project.id(), today, usageOn(project, today));
    }

    /** A review counted in the budget (a revision round, an approved deliverable) may cross a threshold. */
    @EventListener
    void on(DeliverableChangesRequested requested) {
        projects.findById(requested.projectId()).ifPresent(p -> checkThresholds(p, time.today()));
    }

    @EventListener
    void on(DeliverableApproved approved) {
        projects.findById(approved.projectId()).ifPresent(p -> checkThresholds(p, time.today()));
    }

    /** Records and announces each threshold the project's quota lines reached in the period holding the day. */
    private void checkThresholds(Project project, LocalDate day) {
        for (QuotaUsage line : usageOn(project, day)) {
            String period = line.periodStart() == null ? QuotaThresholdReached.WHOLE_CONTRACT
                    : YearMonth.from(line.periodStart()).toString();
            for (int threshold : THRESHOLDS) {
                if (line.percent() < threshold) {
                    continue;
                }
                int inserted = em.createNativeQuery("""
                        insert into project_quota_threshold (tenant_id, id, project_id, unit, period, percent, reached_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing""")
                        .setParameter(1, project.tenantId()).setParameter(2, UUID.randomUUID())
                        .setParameter(3, project.id()).setParameter(4, line.quota().unit().name())
                        .setParameter(5, period).setParameter(6, threshold)
                        .setParameter(7, Timestamp.from(time.now())).executeUpdate();
                if (inserted == 1) {
                    events.publishEvent(new QuotaThresholdReached(project.tenantId(), project.id(), line.quota(),
                            threshold, period));
                }
            }
        }
    }

    /**
     * Usage of every quota line in the period holding the day: one statement per distinct period (a month, the whole
     * contract), however many entries and reviews the project has.
     */
    private List<QuotaUsage> usageOn(Project project, LocalDate day) {
        List<Quota> quotas = project.budget().quotas();
        if (quotas.isEmpty()) {
            return List.of();
        }
        ZoneId zone = time.zone();
        YearMonth month = YearMonth.from(day);
        Map<Quota.Period, Used> byPeriod = new HashMap<>();
        List<QuotaUsage> out = new ArrayList<>();
        for (Quota quota : quotas) {
            LocalDate start = quota.per() == Quota.Period.MONTH ? month.atDay(1) : null;
            LocalDate end = quota.per() == Quota.Period.MONTH ? month.atEndOfMonth() : null;
            Used used = byPeriod.computeIfAbsent(quota.per(), per -> used(project.id(),
                    start == null ? EARLIEST : start, end == null ? LATEST : end, zone));
            BigDecimal amount = used.of(quota.unit());
            BigDecimal limit = quota.amount();
            int percent = limit.signum() <= 0 ? (amount.signum() > 0 ? 100 : 0)
                    : amount.multiply(BigDecimal.valueOf(100)).divide(limit, 0, RoundingMode.FLOOR).intValue();
            BigDecimal overage = amount.subtract(limit).max(BigDecimal.ZERO);
            Money charge = quota.overage() == Quota.Overage.BILLED_AT_RATE && quota.overageRate() != null
                    ? new Money(overage.multiply(quota.overageRate().amount()), quota.overageRate().currency())
                    : null;
            out.add(new QuotaUsage(quota, start, end, amount, percent, overage, charge));
        }
        return out;
    }

    /** What a project used from one day to another (inclusive), days in the firm's zone. */
    private Used used(UUID projectId, LocalDate from, LocalDate to, ZoneId zone) {
        Instant fromInstant = from.atStartOfDay(zone).toInstant();
        Instant toInstant = to.plusDays(1).atStartOfDay(zone).toInstant();
        Object[] row = (Object[]) em.createNativeQuery("""
                select
                  (select coalesce(sum(e.minutes), 0) from project_time_entry e
                     where e.project_id = ?1 and e.billable and e.work_date between ?2 and ?3),
                  (select coalesce(sum(u.amount), 0) from project_unit_usage u
                     where u.project_id = ?1 and u.unit = 'MEETINGS' and u.used_on between ?2 and ?3),
                  (select coalesce(sum(u.amount), 0) from project_unit_usage u
                     where u.project_id = ?1 and u.unit = 'PAGES' and u.used_on between ?2 and ?3),
                  (select coalesce(sum(u.amount), 0) from project_unit_usage u
                     where u.project_id = ?1 and u.unit = 'POSTS' and u.used_on between ?2 and ?3),
                  (select count(*) from deliverable_version v join project_deliverable d
                       on d.tenant_id = v.tenant_id and d.id = v.deliverable_id
                     where d.project_id = ?1 and v.state = 'CHANGES_REQUESTED'
                       and v.decided_at >= ?4 and v.decided_at < ?5),
                  (select count(*) from deliverable_version v join project_deliverable d
                       on d.tenant_id = v.tenant_id and d.id = v.deliverable_id
                     where d.project_id = ?1 and v.state = 'APPROVED'
                       and v.decided_at >= ?4 and v.decided_at < ?5)""")
                .setParameter(1, projectId).setParameter(2, from).setParameter(3, to)
                .setParameter(4, Timestamp.from(fromInstant)).setParameter(5, Timestamp.from(toInstant))
                .getSingleResult();
        return new Used(
                new BigDecimal(((Number) row[0]).longValue()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                        .stripTrailingZeros(),
                new BigDecimal(row[1].toString()).stripTrailingZeros(),
                new BigDecimal(row[2].toString()).stripTrailingZeros(),
                new BigDecimal(row[3].toString()).stripTrailingZeros(),
                BigDecimal.valueOf(((Number) row[4]).longValue()),
                BigDecimal.valueOf(((Number) row[5]).longValue()));
    }

    record Used(BigDecimal hours, BigDecimal meetings, BigDecimal pages, BigDecimal posts, BigDecimal revisionRounds,
            BigDecimal deliverables) {

        BigDecimal of(Quota.Unit unit) {
            return switch (unit) {
                case HOURS -> hours;
                case MEETINGS -> meetings;
                case PAGES -> pages;
                case POSTS -> posts;
                case REVISION_ROUNDS -> revisionRounds;
                case DELIVERABLES -> deliverables;
            };
        }
    }

    private String teamMember(Project project) {
        Scope scope = TenantContext.acting();
        String subject = scope.subject();
        if (subject == null || members.findByProjectIdAndSubject(project.id(), subject).isEmpty()) {
            throw new DomainException("projects.team-only");
        }
        return subject;
    }

    private static @Nullable String note(@Nullable String note) {
        String clean = note == null ? "" : note.strip();
        if (clean.length() > NOTE_MAX) {
            throw DomainException.onField("note", "projects.description.too-long", NOTE_MAX);
        }
        return clean.isEmpty() ? null : clean;
    }

    private static TimeEntryView view(ProjectTimeEntry e) {
        return new TimeEntryView(e.id(), e.projectId(), e.memberSubject(), e.workDate(),
                Duration.ofMinutes(e.minutes()), e.billable(), e.taskId(), e.deliverableId(), e.note());
    }
}
