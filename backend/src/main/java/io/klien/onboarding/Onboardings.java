package io.klien.onboarding;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Running onboardings: staff start one for a client from a template and follow all of them on the board; staff and
 * the client's own users read its checklist and comment on its steps (the firm's internal comments stay the firm's).
 * The work on each step is in {@link OnboardingSteps}.
 */
@FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
public interface Onboardings {

    /**
     * Starts onboarding the client from the template's current version: the onboarding gets its own copy of the
     * steps, each due its offset in days after today (in the firm's time zone), the steps without prerequisites
     * open. The client's representative (or, without one, whoever starts it) follows it, and the client is in
     * onboarding until it completes. Without a representative the checklist warns that the client's activity goes to
     * the account team (or, without one, to whoever follows the onboarding).
     */
    @FirmRoles({TENANT_ADMIN, STAFF})
    Checklist start(UUID clientId, UUID templateId);

    /** Stops a running onboarding, with the reason; the client's status stays as it is. */
    @FirmRoles({TENANT_ADMIN, STAFF})
    OnboardingSummary cancel(UUID onboardingId, String reason);

    /** The onboarding with its steps in order, their state, owners, due dates and progress. */
    Checklist checklist(UUID onboardingId);

    /** One step of an onboarding, as the checklist shows it. */
    StepView step(UUID stepId);

    /** The client's onboardings, newest first: for staff, or for the client's own users. */
    List<OnboardingSummary> forClient(UUID clientId);

    /**
     * The firm's onboardings, filtered, paged and sorted by the database (by default newest first; sort by
     * {@code startedAt}, {@code nextDueDate}, {@code status}, {@code templateName}, {@code completedAt}). A page
     * takes a constant number of queries, however many onboardings it shows.
     */
    @FirmRoles({TENANT_ADMIN, STAFF})
    Page<OnboardingSummary> board(OnboardingFilter filter, Pageable pageable);

    /** A scheduled kickoff meeting as an RFC 5545 invitation (.ics text), to mail to its attendees. */
    String kickoffInvitation(UUID stepId);

    /**
     * Comments on a step, shared with the client where the step's side allows it: as
     * {@link #comment(UUID, UUID, String, boolean)} with {@code internal} false.
     */
    CommentView comment(UUID stepId, @Nullable UUID parentId, String text);

    /**
     * Comments on a step; {@code parentId} answers an earlier comment on the same step. Staff choose whether a comment
     * on a client step is internal or shared with the client; on the firm's own steps (conflict check, KYC, tasks)
     * every comment is internal, and so is every answer to an internal comment. Client users comment only on their own
     * client's steps of the client side, always shared, and answer only comments they can read.
     */
    CommentView comment(UUID stepId, @Nullable UUID parentId, String text, boolean internal);

    /**
     * The comments on a step, oldest first: staff read all of them; client users read the shared comments on their
     * own client's steps of the client side and are refused the firm's steps.
     */
    List<CommentView> comments(UUID stepId);

    /**
     * The latest comments of every step of the onboarding, at most {@code perStep} of each, oldest first within a
     * step, keyed by step id: what a checklist shows before its reader asks for the earlier ones with
     * {@link #comments(UUID)}. Readers see what {@link #comments(UUID)} would show them (client users the shared
     * comments on their own client's steps of the client side only). One query whatever the number of steps and
     * however long their threads.
     */
    Map<UUID, List<CommentView>> latestComments(UUID onboardingId, int perStep);
}
