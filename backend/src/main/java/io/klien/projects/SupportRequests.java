package io.klien.projects;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import io.klien.documents.DocumentPolicy;
import io.klien.documents.DocumentType;
import io.klien.documents.ReceivedUpload;
import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Support requests clients raise from the portal, with first-response and resolution targets in the firm's business
 * time. Staff work a queue, assign, reply (the first reply stops the first-response clock) and resolve; the client
 * confirms (closed) or reopens (the resolution clock resumes). A breach is recorded when it happens. A client user
 * reaches only their own client's requests.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface SupportRequests {

    /** What an attachment to a request may be: any type the documents module recognises, up to 50 MB. */
    DocumentPolicy ATTACHMENTS = new DocumentPolicy(EnumSet.allOf(DocumentType.class), 50L * 1024 * 1024);

    /** Raises a request with files uploaded now (received before the transaction, see {@code Documents.receive}). */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    SupportRequestView raise(NewSupportRequest request, List<ReceivedUpload> uploads);

    /** One request. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    SupportRequestView get(UUID requestId);

    /** A client's requests, newest first. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    List<SupportRequestView> ofClient(UUID clientId);

    /** A page of the staff queue: most urgent first, then the soonest due. */
    Page<SupportRequestView> queue(SupportQueueFilter filter, Pageable pageable);

    /** Assigns a request to a colleague ({@code null} to no one). */
    SupportRequestView assign(UUID requestId, @Nullable String assignee);

    /** Replies on a request; the firm's first reply stops the first-response clock. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    SupportMessageView reply(UUID requestId, String body);

    /** The replies on a request, oldest first. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    List<SupportMessageView> messages(UUID requestId);

    /** The firm resolves an open request. */
    SupportRequestView resolve(UUID requestId);

    /** The client confirms a resolved request: it is closed. */
    @FirmRoles(CLIENT)
    SupportRequestView confirm(UUID requestId);

    /** The client reopens a resolved request, saying why; its resolution clock resumes where it stopped. */
    @FirmRoles(CLIENT)
    SupportRequestView reopen(UUID requestId, String reason);

    /** Records the breaches due by now in the active firm (the scheduled check); returns how many it recorded. */
    int recordBreaches();

    /** How many requests of the firm breached their targets, for the dashboard. */
    SlaBreachCounts breachCounts();
}
