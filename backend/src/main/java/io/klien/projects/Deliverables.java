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

/**
 * Deliverables of a project and their review by the client. Staff submit versions; the client's users approve a
 * version or ask for changes, once per version. An approved version is never replaced: a later version needs its own
 * review. Every decision keeps who, when, the exact version's SHA-256 and the contract terms in force.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface Deliverables {

    /** What a version's file may be: any type the documents module recognises, up to 200 MB. */
    DocumentPolicy FILES = new DocumentPolicy(EnumSet.allOf(DocumentType.class), 200L * 1024 * 1024);

    /** Adds a deliverable to an open project. */
    DeliverableView add(UUID projectId, NewDeliverable deliverable);

    /**
     * Submits a file (received before the transaction, see {@code Documents.receive}) as the deliverable's next
     * version; a version still in review is superseded by it.
     */
    DeliverableVersionView submitFile(UUID deliverableId, ReceivedUpload upload, @Nullable String note);

    /** Submits a link (http or https) as the deliverable's next version; its SHA-256 is the link's. */
    DeliverableVersionView submitLink(UUID deliverableId, String url, @Nullable String note);

    /** The client approves the version in review; refused when it was superseded or decided meanwhile. */
    @FirmRoles(CLIENT)
    DeliverableVersionView approve(UUID versionId, @Nullable String comment);

    /** The client asks for changes to the version in review, saying what (a revision round). */
    @FirmRoles(CLIENT)
    DeliverableVersionView requestChanges(UUID versionId, String comment);

    /** A deliverable with its versions, newest first. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    DeliverableView get(UUID deliverableId);

    /** The deliverables of a project, oldest first. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    List<DeliverableView> ofProject(UUID projectId);

    /** Comments on a version (and replies, when {@code parentId} names one of its comments). */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    DeliverableCommentView comment(UUID versionId, @Nullable UUID parentId, String body);

    /** The comments on a version, oldest first. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    List<DeliverableCommentView> comments(UUID versionId);

    /** How many revision rounds (requests for changes) the project's deliverables used. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    int revisionRounds(UUID projectId);
}
