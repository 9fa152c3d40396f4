package io.klien.projects.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.klien.documents.DocumentOwner;
import io.klien.documents.DocumentView;
import io.klien.documents.Documents;
import io.klien.documents.ReceivedUpload;
import io.klien.projects.DiscussionMailMode;
import io.klien.projects.DiscussionMessagePosted;
import io.klien.projects.DiscussionMessageView;
import io.klien.projects.DiscussionThreadView;
import io.klien.projects.NewMessage;
import io.klien.projects.NewThread;
import io.klien.projects.ProjectDiscussions;
import io.klien.projects.ThreadVisibility;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DiscussionService implements ProjectDiscussions {

    /** Owner kind of a message's attachments in the documents module. */
    static final String DOCUMENT_OWNER = "DISCUSSION_MESSAGE";
    static final int MENTIONS_MAX = 20;
    static final int ATTACHMENTS_MAX = 10;

    private final ProjectService projectService;
    private final DeliverableRepository deliverables;
    private final ProjectMemberRepository members;
    private final DiscussionThreadRepository threads;
    private final DiscussionMessageRepository messages;
    private final DiscussionMentionRepository mentions;
    private final DiscussionAttachmentRepository attachments;
    private final DiscussionReadMarkRepository readMarks;
    private final DiscussionMailSettingRepository mailSettings;
    private final Documents documents;
    private final Memberships memberships;
    private final FirmTime time;
    private final ApplicationEventPublisher events;

    DiscussionService(ProjectService projectService, DeliverableRepository deliverables,
            ProjectMemberRepository members, DiscussionThreadRepository threads, DiscussionMessageRepository messages,
            DiscussionMentionRepository mentions, DiscussionAttachmentRepository attachments,
            DiscussionReadMarkRepository readMarks, DiscussionMailSettingRepository mailSettings, Documents documents,
            Memberships memberships, FirmTime time, ApplicationEventPublisher events) {
        this.projectService = projectService;
        this.deliverables = deliverables;
        this.members = members;
        this.threads = threads;
        this.messages = messages;
        this.mentions = mentions;
        this.attachments = attachments;
        this.readMarks = readMarks;
        this.mailSettings = mailSettings;
        this.documents = documents;
        this.memberships = memberships;
        this.time = time;
        this.events = events;
    }

    @Override
    public DiscussionThreadView start(NewThread thread) {
        Project project = projectService.readable(thread.projectId());
        if (thread.deliverableId() != null && deliverables.findById(thread.deliverableId())
                .filter(d -> d.projectId().equals(project.id())).isEmpty()) {
            throw DomainException.onField("deliverableId", "projects.deliverable.not-found");
        }
        if (thread.visibility() == ThreadVisibility.INTERNAL && TenantContext.acting().clientUser()) {
            throw DomainException.onField("visibility", "projects.discussion.internal-firm-only");
        }
        DiscussionThread made = threads.saveAndFlush(DiscussionThread.of(project.id(), thread.deliverableId(),
                thread.title(), thread.visibility(), actor(), now()));
        return view(made, 0);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DiscussionThreadView> threadsOfProject(UUID projectId) {
        Project project = projectService.readable(projectId);
        return views(threads.findOfProject(project.id(), TenantContext.acting().clientUser()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DiscussionThreadView> threadsOfDeliverable(UUID deliverableId) {
        Deliverable deliverable = deliverables.findById(deliverableId)
                .orElseThrow(() -> new DomainException("projects.deliverable.not-found"));
        try {
            projectService.readable(deliverable.projectId());
        } catch (DomainException e) {
            throw new DomainException("projects.deliverable.not-found");
        }
        return views(threads.findOfDeliverable(deliverable.id(), TenantContext.acting().clientUser()));
    }

    @Override
    @Transactional(readOnly = true)
    public DiscussionThreadView thread(UUID threadId) {
        return views(List.of(visible(threadId, false).thread())).getFirst();
    }

    @Override
    public DiscussionMessageView post(UUID threadId, NewMessage message, List<ReceivedUpload> uploads) {
        String body = DiscussionMessage.body(message.body());
        Visible visible = visible(threadId, true);
        DiscussionThread thread = visible.thread();
        Project project = visible.project();
        if (message.parentId() != null && messages.findById(message.parentId())
                .filter(m -> m.threadId().equals(thread.id())).isEmpty()) {
            throw DomainException.onField("parentId", "projects.discussion.reply-elsewhere");
        }
        Set<String> mentioned = requireOnTeam(project, message.mentions());
        List<UUID> attached = requireOfClient(project, message.documentIds());
        if (attached.size() + uploads.size() > ATTACHMENTS_MAX) {
            throw DomainException.onField("documentIds", "projects.discussion.too-many-attachments", ATTACHMENTS_MAX);
        }

        String subject = actor();
        DiscussionMessage draft = DiscussionMessage.of(thread.id(), message.parentId(), subject,
                authorName(subject), body, now());
        List<UUID> documentIds = new ArrayList<>(attached);
        for (ReceivedUpload upload : uploads) {
            DocumentView stored = documents.store(new DocumentOwner(DOCUMENT_OWNER, draft.id(),
                    project.clientId()), upload, ATTACHMENTS);
            documentIds.add(stored.id());
        }
        DiscussionMessage made = messages.saveAndFlush(draft);
        mentions.saveAllAndFlush(mentioned.stream().map(s -> DiscussionMention.of(made.id(), s)).toList());
        attachments.saveAllAndFlush(documentIds.stream().map(d -> DiscussionAttachment.of(made.id(), d)).toList());
        thread.posted(made.createdAt());
        threads.saveAndFlush(thread);
        if (subject != null) {
            readMarks.markUpTo(project.tenantId(), UUID.randomUUID(), thread.id(), subject, made.createdAt());
        }
        events.publishEvent(new DiscussionMessagePosted(project.tenantId(), project.id(), project.clientId(),
                thread.id(), made.id(), thread.internal(), subject, List.copyOf(mentioned)));
        return view(made, List.copyOf(mentioned), documentIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DiscussionMessageView> messages(UUID threadId) {
        DiscussionThread thread = visible(threadId, false).thread();
        List<DiscussionMessage> found = messages.findOfThread(thread.id());
        if (found.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = found.stream().map(DiscussionMessage::id).toList();
        Map<UUID, List<String>> mentionsOf = mentions.findOfMessages(ids).stream().collect(Collectors.groupingBy(
                DiscussionMention::messageId, Collectors.mapping(DiscussionMention::subject, Collectors.toList())));
        Map<UUID, List<UUID>> attachmentsOf = attachments.findOfMessages(ids).stream().collect(Collectors.groupingBy(
                DiscussionAttachment::messageId, Collectors.mapping(DiscussionAttachment::documentId,
                        Collectors.toList())));
        return found.stream().map(m -> view(m, mentionsOf.getOrDefault(m.id(), List.of()),
                attachmentsOf.getOrDefault(m.id(), List.of()))).toList();
    }

    @Override
    public long markRead(UUID threadId) {
        Visible visible = visible(threadId, false);
        String subject = TenantContext.subject().orElse(null);
        if (subject == null) {
            return 0;
        }
        long unread = unread(List.of(visible.thread().id()), subject).getOrDefault(visible.thread().id(), 0L);
        messages.lastCreatedAt(visible.thread().id()).ifPresent(last -> readMarks.markUpTo(
                visible.project().tenantId(), UUID.randomUUID(), visible.thread().id(), subject, last));
        return unread;
    }

    @Override
    @Transactional(readOnly = true)
    public DiscussionMailMode mailMode() {
        return mailSettings.findBySubject(person().subject()).map(DiscussionMailSetting::mode)
                .orElse(DiscussionMailMode.EACH_MESSAGE);
    }

    @Override
    public DiscussionMailMode setMailMode(DiscussionMailMode mode) {
        Scope person = person();
        mailSettings.choose(TenantContext.requireTenantId(), UUID.randomUUID(), person.subject(), mode.name());
        return mode;
    }

    // ---- helpers ----

    private record Visible(DiscussionThread thread, Project project) {
    }

    /**
     * The thread if the acting person may see it: a client user only a shared thread of their own client's project;
     * anything else reads as not found.
     */
    private Visible visible(UUID threadId, boolean lock) {
        DiscussionThread thread = (lock ? threads.findForUpdate(threadId) : threads.findById(threadId))
                .orElseThrow(() -> new DomainException("projects.discussion.thread.not-found"));
        Project project;
        try {
            project = projectService.readable(thread.projectId());
        } catch (DomainException e) {
            throw new DomainException("projects.discussion.thread.not-found");
        }
        if (thread.internal() && TenantContext.acting().clientUser()) {
            throw new DomainException("projects.discussion.thread.not-found");
        }
        return new Visible(thread, project);
    }

    /** The mentioned subjects, each on the project's team; refused naming the first who is not. */
    private Set<String> requireOnTeam(Project project, List<String> subjects) {
        Set<String> mentioned = new LinkedHashSet<>();
        for (String s : subjects) {
            if (s != null && !s.isBlank()) {
                mentioned.add(s.strip());
            }
        }
        if (mentioned.size() > MENTIONS_MAX) {
            throw DomainException.onField("mentions", "projects.discussion.too-many-mentions", MENTIONS_MAX);
        }
        if (mentioned.isEmpty()) {
            return mentioned;
        }
        Set<String> team = members.findByProjectIdOrderByRoleAscAddedAtAsc(project.id()).stream()
                .map(ProjectMember::subject).collect(Collectors.toSet());
        for (String subject : mentioned) {
            if (!team.contains(subject)) {
                String name = memberships.activeMembershipOf(subject).map(MembershipView::displayName)
                        .orElse(subject);
                throw DomainException.onField("mentions", "projects.discussion.mention.not-on-team", name);
            }
        }
        return mentioned;
    }

    /** The documents, each stored for the project's client (and visible to the acting person). */
    private List<UUID> requireOfClient(Project project, List<UUID> documentIds) {
        List<UUID> found = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(documentIds)) {
            DocumentView document;
            try {
                document = documents.find(id).orElse(null);
            } catch (AccessDeniedException e) {
                document = null;
            }
            if (document == null || !project.clientId().equals(document.owner().clientId())) {
                throw DomainException.onField("documentIds", "projects.discussion.attachment.other-client");
            }
            found.add(document.id());
        }
        return found;
    }

    private List<DiscussionThreadView> views(List<DiscussionThread> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        String subject = TenantContext.subject().orElse(null);
        Map<UUID, Long> unread = subject == null ? Map.of()
                : unread(found.stream().map(DiscussionThread::id).toList(), subject);
        return found.stream().map(t -> view(t, unread.getOrDefault(t.id(), 0L))).toList();
    }

    private Map<UUID, Long> unread(Collection<UUID> threadIds, String subject) {
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : messages.countUnread(threadIds, subject, Instant.EPOCH)) {
            counts.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private String authorName(@Nullable String subject) {
        return subject == null ? "Klien" : memberships.activeMembershipOf(subject)
                .map(MembershipView::displayName).orElse(subject);
    }

    private Instant now() {
        return time.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static @Nullable String actor() {
        return TenantContext.subject().orElse(null);
    }

    private static Scope person() {
        return TenantContext.current().filter(s -> s.tenantId() != null && s.subject() != null)
                .orElseThrow(() -> new AccessDeniedException("A mail choice belongs to a person signed in to a firm"));
    }

    private static DiscussionThreadView view(DiscussionThread t, long unread) {
        return new DiscussionThreadView(t.id(), t.projectId(), t.deliverableId(), t.title(), t.visibility(),
                t.createdAt(), t.createdBy(), t.lastMessageAt(), unread);
    }

    private static DiscussionMessageView view(DiscussionMessage m, List<String> mentioned, List<UUID> documentIds) {
        return new DiscussionMessageView(m.id(), m.threadId(), m.parentId(), m.authorSubject(), m.authorName(),
                m.body(), m.createdAt(), mentioned, documentIds);
    }
}
