package io.klien.leads;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.shared.DuplicateCandidate;
import io.klien.shared.DuplicateWarning;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.search.SearchQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The firm's leads for staff: creating and editing them, moving them through the stages, their activities, finding
 * them. Client users see none of it. Stages are {@link PipelineStages}, incentives {@link LeadIncentives}, conversion
 * {@link LeadConversions}.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface Leads {

    /** Creates a lead; a likely duplicate (see {@link #possibleDuplicates}) stops it with a {@link DuplicateWarning}. */
    LeadView create(LeadDetails details);

    /** Creates a lead; unless confirmed, a likely duplicate stops it with a {@link DuplicateWarning}. */
    LeadView create(LeadDetails details, boolean duplicateConfirmed);

    /** Saves an edit made on the given version; a stale edit (someone saved in between) is refused. */
    LeadView update(UUID leadId, long expectedVersion, LeadDetails details);

    LeadView get(UUID leadId);

    /** Moves the lead to a stage and records the change on its activity list; lost needs {@link #markLost}. */
    LeadView moveToStage(UUID leadId, UUID stageId);

    /** Moves the lead to the firm's (first) lost stage with the reason it was lost. */
    LeadView markLost(UUID leadId, String reason);

    /**
     * Leads matching the filter, paged and sorted by the database (sort by any {@link LeadView} property, e.g.
     * {@code name}, {@code nextFollowUp}, {@code estimatedValue}).
     */
    Page<LeadView> list(LeadFilter filter, Pageable pageable);

    /**
     * The board: every stage with the first page of its leads (each column pages on with {@link #list}); the owners
     * of all columns are named by one lookup.
     */
    List<BoardColumn> board(LeadFilter filter, Pageable perColumn);

    /** Today in the firm's time zone: follow-ups dated before it are overdue. */
    LocalDate today();

    /**
     * Leads, clients and contacts that look like these details: same email, or same name (or organization) once
     * case, accents, punctuation and legal forms are ignored.
     */
    List<DuplicateCandidate> possibleDuplicates(LeadDetails details, @Nullable UUID exceptLeadId);

    /** Leads matching the typed text (see {@link #find(SearchQuery, int)}); none for too short a text. */
    List<LeadView> find(String text, int limit);

    /** Leads with a word of their name, email or organization starting with each searched word, best first. */
    List<LeadView> find(SearchQuery search, int limit);

    /**
     * Leads whose name or organization has the words of the given name, or whose words are all in it: case,
     * accents, punctuation, legal forms and word order ignored. For conflict checks.
     */
    List<LeadView> findByNameWords(String name, int limit);

    LeadActivityView logActivity(UUID leadId, ActivityType type, @Nullable Instant occurredAt, String text);

    /** The lead's activities, newest first. */
    Page<LeadActivityView> activities(UUID leadId, Pageable pageable);
}
