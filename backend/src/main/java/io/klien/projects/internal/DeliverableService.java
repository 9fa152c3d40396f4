package io.klien.projects.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.documents.DocumentOwner;
import io.klien.documents.DocumentView;
import io.klien.documents.Documents;
import io.klien.documents.ReceivedUpload;
import io.klien.projects.DeliverableApproved;
import io.klien.projects.DeliverableChangesRequested;
import io.klien.projects.DeliverableCommentView;
import io.klien.projects.DeliverableSubmitted;
import io.klien.projects.DeliverableVersionView;
import io.klien.projects.DeliverableView;
import io.klien.projects.Deliverables;
import io.klien.projects.NewDeliverable;
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
class DeliverableService implements Deliverables {

    /** Owner kind of a version's file in the documents module (owned by the deliverable). */
    static final String DOCUMENT_OWNER = "DELIVERABLE_VERSION";
    static final int URL_MAX = 2000;

    private final ProjectService projectService;
    private final DeliverableRepository deliverables;
    private final DeliverableVersionRepository versions;
    private final DeliverableCommentRepository comments;
    private final ProjectMilestoneRepository milestones;
    private final Documents documents;
    private final Contracts contracts;
    private final Memberships memberships;
    private final FirmTime time;
    private final ApplicationEventPublisher events;

    DeliverableService(ProjectService projectService, DeliverableRepository deliverables,
            DeliverableVersionRepository versions, DeliverableCommentRepository comments,
            ProjectMilestoneRepository milestones, Documents documents, Contracts contracts, Memberships memberships,
            FirmTime time, ApplicationEventPublisher events) {
        this.projectService = projectService;
        this.deliverables = deliverables;
        this.versions = versions;
        this.comments = comments;
        this.milestones = milestones;
        this.documents = documents;
        this.contracts = contracts;
        this.memberships = memberships;
        this.time = time;
        this.events = events;
    }

    @Override
    public DeliverableView add(UUID projectId, NewDeliverable deliverable) {
        Project project = projectService.locked(projectId);
        project.requireOpen();
        if (deliverable.milestoneId() != null && milestones.findById(deliverable.milestoneId())
                .filter(m -> m.projectId().equals(project.id())).isEmpty()) {
            throw DomainException.onField("milestoneId", "projects.milestone.not-found");
        }
        Deliverable made = deliverables.saveAndFlush(Deliverable.of(project.id(), deliverable.milestoneId(),
                deliverable.title(), deliverable.description(), actor(), time.now()));
        return view(made, List.of());
    }

    @Override
    public DeliverableVersionView submitFile(UUID deliverableId, ReceivedUpload upload, @Nullable String note) {
        Deliverable deliverable = lockedForSubmission(deliverableId);
        Project project = projectService.readable(deliverable.projectId());
        DocumentView file = documents.store(new DocumentOwner(DOCUMENT_OWNER, deliverable.id(), project.clientId()),
                upload, FILES);
        return submit(deliverable, project, file.id(), null, file.sha256(), note);
    }

    @Override
    public DeliverableVersionView submitLink(UUID deliverableId, String url, @Nullable String note) {
        String link = link(url);
        Deliverable deliverable = lockedForSubmission(deliverableId);
        Project project = projectService.readable(deliverable.projectId());
        return submit(deliverable, project, null, link, sha256(link), note);
    }

    private Deliverable lockedForSubmission(UUID deliverableId) {
        Deliverable deliverable = deliverables.findForUpdate(deliverableId)
                .orElseThrow(() -> new DomainException("projects.deliverable.not-found"));
        projectService.readable(deliverable.projectId()).requireOpen();
        return deliverable;
    }

    private DeliverableVersionView submit(Deliverable deliverable, Project project, @Nullable UUID documentId,
            @Nullable String link, String sha256, @Nullable String note) {
        versions.findInReview(deliverable.id()).ifPresent(open -> {
            open.supersede();
            versions.saveAndFlush(open);
        });
        DeliverableVersion made = versions.saveAndFlush(DeliverableVersion.submitted(deliverable.id(),
                versions.lastNumber(deliverable.id()) + 1, documentId, link, sha256, note, actor(), time.now()));
        events.publishEvent(new DeliverableSubmitted(project.tenantId(), project.id(), project.clientId(),
                deliverable.id(), made.id(), made.number(), made.sha256()));
        return view(made);
    }

    @Override
    public DeliverableVersionView approve(UUID versionId, @Nullable String comment) {
        DeliverableVersion version = lockedVersion(versionId);
        Deliverable deliverable = deliverables.findById(version.deliverableId()).orElseThrow();
        Project project = projectService.readable(deliverable.projectId());
        ContractView contract = project.contractId() == null ? null : contracts.get(project.contractId());
        String by = TenantContext.subject().orElseThrow();
        version.approve(by, comment, contract == null ? null : contract.id(), terms(contract), time.now());
        DeliverableVersion saved = versions.saveAndFlush(version);
        events.publishEvent(new DeliverableApproved(project.tenantId(), project.id(), project.clientId(),
                deliverable.id(), saved.id(), saved.number(), saved.sha256(), by, saved.contractId()));
        return view(saved);
    }

    @Override
    public DeliverableVersionView requestChanges(UUID versionId, String comment) {
        DeliverableVersion version = lockedVersion(versionId);
        Deliverable deliverable = deliverables.findById(version.deliverableId()).orElseThrow();
        Project project = projectService.readable(deliverable.projectId());
        ContractView contract = project.contractId() == null ? null : contracts.get(project.contractId());
        String by = TenantContext.subject().orElseThrow();
        int round = versions.countRevisionRounds(project.id()) + 1;
        version.requestChanges(by, comment, round, contract == null ? null : contract.id(), terms(contract),
                time.now());
        DeliverableVersion saved = versions.saveAndFlush(version);
        events.publishEvent(new DeliverableChangesRequested(project.tenantId(), project.id(), project.clientId(),
                deliverable.id(), saved.id(), saved.number(), round, by));
        return view(saved);
    }

    private static @Nullable ContractTerms terms(@Nullable ContractView contract) {
        return contract == null ? null : contract.terms();
    }

    private DeliverableVersion lockedVersion(UUID versionId) {
        DeliverableVersion version = versions.findForUpdate(versionId)
                .orElseThrow(() -> new DomainException("projects.version.not-found"));
        Deliverable deliverable = deliverables.findById(version.deliverableId()).orElseThrow();
        try {
            projectService.readable(deliverable.projectId());
        } catch (DomainException e) {
            throw new DomainException("projects.version.not-found");
        }
        return version;
    }

    @Override
    @Transactional(readOnly = true)
    public DeliverableView get(UUID deliverableId) {
        Deliverable deliverable = readable(deliverableId);
        return view(deliverable, versions.findOfDeliverables(List.of(deliverable.id())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeliverableView> ofProject(UUID projectId) {
        Project project = projectService.readable(projectId);
        List<Deliverable> found = deliverables.findOfProject(project.id());
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<DeliverableVersion>> byDeliverable = versions.findOfDeliverables(
                found.stream().map(Deliverable::id).toList()).stream()
                .collect(Collectors.groupingBy(DeliverableVersion::deliverableId));
        return found.stream().map(d -> view(d, byDeliverable.getOrDefault(d.id(), List.of()))).toList();
    }

    @Override
    public DeliverableCommentView comment(UUID versionId, @Nullable UUID parentId, String body) {
        DeliverableVersion version = readableVersion(versionId);
        if (parentId != null && comments.findById(parentId).filter(c -> c.versionId().equals(version.id()))
                .isEmpty()) {
            throw DomainException.onField("parentId", "projects.comment.not-found");
        }
        String subject = TenantContext.subject().orElse(null);
        String name = subject == null ? "Klien" : memberships.activeMembershipOf(subject)
                .map(MembershipView::displayName).orElse(subject);
        DeliverableComment made = comments.saveAndFlush(DeliverableComment.of(version.id(), parentId, subject, name,
                body, time.now()));
        return view(made);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeliverableCommentView> comments(UUID versionId) {
        DeliverableVersion version = readableVersion(versionId);
        return comments.findByVersionIdOrderByCreatedAtAscIdAsc(version.id()).stream().map(DeliverableService::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public int revisionRounds(UUID projectId) {
        return versions.countRevisionRounds(projectService.readable(projectId).id());
    }

    // ---- helpers ----

    private Deliverable readable(UUID deliverableId) {
        Deliverable deliverable = deliverables.findById(deliverableId)
                .orElseThrow(() -> new DomainException("projects.deliverable.not-found"));
        try {
            projectService.readable(deliverable.projectId());
        } catch (DomainException e) {
            throw new DomainException("projects.deliverable.not-found");
        }
        return deliverable;
    }

    private DeliverableVersion readableVersion(UUID versionId) {
        DeliverableVersion version = versions.findById(versionId)
                .orElseThrow(() -> new DomainException("projects.version.not-found"));
        readable(version.deliverableId());
        return version;
    }

    /** An http(s) address, at most {@value #URL_MAX} characters. */
    static String link(@Nullable String url) {
        String clean = url == null ? "" : url.strip();
        try {
            URI uri = URI.create(clean);
            String scheme = uri.getScheme();
            if (clean.length() > URL_MAX || uri.getHost() == null || scheme == null
                    || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
                throw DomainException.onField("url", "projects.version.bad-link");
            }
        } catch (IllegalArgumentException e) {
            throw DomainException.onField("url", "projects.version.bad-link");
        }
        return clean;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable String actor() {
        return TenantContext.subject().orElse(null);
    }

    private static DeliverableView view(Deliverable d, List<DeliverableVersion> itsVersions) {
        return new DeliverableView(d.id(), d.projectId(), d.milestoneId(), d.title(), d.description(),
                itsVersions.stream().map(DeliverableService::view).toList());
    }

    private static DeliverableVersionView view(DeliverableVersion v) {
        return new DeliverableVersionView(v.id(), v.deliverableId(), v.number(), v.documentId(), v.linkUrl(),
                v.sha256(), v.note(), v.state(), v.submittedAt(), v.submittedBy(), v.decidedAt(), v.decidedBy(),
                v.decisionComment(), v.contractId(), v.terms(), v.revisionRound(), v.version());
    }

    private static DeliverableCommentView view(DeliverableComment c) {
        return new DeliverableCommentView(c.id(), c.versionId(), c.parentId(), c.authorSubject(), c.authorName(),
                c.body(), c.createdAt());
    }
}
