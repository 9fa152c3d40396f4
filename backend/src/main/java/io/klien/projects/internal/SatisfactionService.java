package io.klien.projects.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.klien.projects.MilestoneRatingView;
import io.klien.projects.ProjectSatisfaction;
import io.klien.projects.SatisfactionCheckins;
import io.klien.projects.SatisfactionRated;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class SatisfactionService implements SatisfactionCheckins {

    static final Duration WINDOW = Duration.ofDays(CHANGEABLE_DAYS);

    private final ProjectService projectService;
    private final ProjectMilestoneRepository milestones;
    private final MilestoneRatingRepository ratings;
    private final Memberships memberships;
    private final FirmTime time;
    private final ApplicationEventPublisher events;

    SatisfactionService(ProjectService projectService, ProjectMilestoneRepository milestones,
            MilestoneRatingRepository ratings, Memberships memberships, FirmTime time,
            ApplicationEventPublisher events) {
        this.projectService = projectService;
        this.milestones = milestones;
        this.ratings = ratings;
        this.memberships = memberships;
        this.time = time;
        this.events = events;
    }

    @Override
    public MilestoneRatingView rate(UUID milestoneId, int score, @Nullable String comment) {
        ProjectMilestone milestone = readable(milestoneId);
        Project project = projectService.readable(milestone.projectId());
        if (milestone.completedAt() == null) {
            throw new DomainException("projects.rating.not-completed");
        }
        String subject = TenantContext.subject().orElseThrow();
        Optional<MilestoneRating> existing = ratings.findByMilestoneIdAndRaterSubject(milestone.id(), subject);
        MilestoneRating rating;
        if (existing.isPresent()) {
            rating = existing.get();
            rating.change(score, comment, time.now(), WINDOW);
        } else {
            String name = memberships.activeMembershipOf(subject).map(MembershipView::displayName).orElse(subject);
            rating = MilestoneRating.of(project.id(), milestone.id(), subject, name, score, comment, time.now());
        }
        MilestoneRating saved = ratings.saveAndFlush(rating);
        events.publishEvent(new SatisfactionRated(project.tenantId(), project.id(), project.clientId(),
                milestone.id(), saved.id(), subject, saved.score(), saved.comment(), existing.isPresent()));
        return view(saved, milestone.title());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MilestoneRatingView> myRating(UUID milestoneId) {
        ProjectMilestone milestone = readable(milestoneId);
        return ratings.findByMilestoneIdAndRaterSubject(milestone.id(), TenantContext.subject().orElseThrow())
                .map(r -> view(r, milestone.title()));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, MilestoneRatingView> myRatings(UUID projectId) {
        Project project = projectService.readable(projectId);
        Map<UUID, MilestoneRatingView> mine = new HashMap<>();
        for (Object[] row : ratings.findWithTitlesOfRater(project.id(), TenantContext.subject().orElseThrow())) {
            MilestoneRating rating = (MilestoneRating) row[0];
            mine.put(rating.milestoneId(), view(rating, (String) row[1]));
        }
        return mine;
    }

    @Override
    @Transactional(readOnly = true)
    public ProjectSatisfaction ofProject(UUID projectId) {
        Project project = projectService.readable(projectId);
        Map<UUID, String> titles = milestones.findByProjectIdOrderByPositionAsc(project.id()).stream()
                .collect(Collectors.toMap(ProjectMilestone::id, ProjectMilestone::title, (a, b) -> a));
        List<MilestoneRatingView> all = ratings.findByProjectIdOrderByRatedAtDescIdDesc(project.id()).stream()
                .map(r -> view(r, titles.getOrDefault(r.milestoneId(), ""))).toList();
        BigDecimal average = all.isEmpty() ? null
                : BigDecimal.valueOf(all.stream().mapToInt(MilestoneRatingView::score).sum())
                        .divide(BigDecimal.valueOf(all.size()), 2, RoundingMode.HALF_UP);
        return new ProjectSatisfaction(project.id(), average, all);
    }

    private ProjectMilestone readable(UUID milestoneId) {
        ProjectMilestone milestone = milestones.findById(milestoneId)
                .orElseThrow(() -> new DomainException("projects.milestone.not-found"));
        try {
            projectService.readable(milestone.projectId());
        } catch (DomainException e) {
            throw new DomainException("projects.milestone.not-found");
        }
        return milestone;
    }

    private static MilestoneRatingView view(MilestoneRating r, String title) {
        return new MilestoneRatingView(r.id(), r.projectId(), r.milestoneId(), title, r.raterName(), r.score(),
                r.comment(), r.ratedAt(), r.changedAt());
    }
}
