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

/**
 * Discussions of a project and of its deliverables between the firm and the client's users. An internal thread is
 * the firm's alone: a client user never lists, reads or posts in one, and its id reads as not found to them. Messages
 * may reply to another, mention team members (who are notified) and carry documents of the project's client.
 */
@FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
public interface ProjectDiscussions {

    /** What an attachment uploaded with a message may be: any type the documents module recognises, up to 50 MB. */
    DocumentPolicy ATTACHMENTS = new DocumentPolicy(EnumSet.allOf(DocumentType.class), 50L * 1024 * 1024);

    /** Starts a thread; client users start shared threads only. */
    DiscussionThreadView start(NewThread thread);

    /** The project's threads (its deliverables' included) the reader may see, latest activity first. */
    List<DiscussionThreadView> threadsOfProject(UUID projectId);

    /** The threads on one deliverable the reader may see, latest activity first. */
    List<DiscussionThreadView> threadsOfDeliverable(UUID deliverableId);

    /** One thread, with the reader's unread count. */
    DiscussionThreadView thread(UUID threadId);

    /**
     * Posts a message with documents already stored and files uploaded now (received before the transaction, see
     * {@code Documents.receive}); on any refusal nothing of it is saved.
     */
    DiscussionMessageView post(UUID threadId, NewMessage message, List<ReceivedUpload> uploads);

    /** The thread's messages, oldest first. */
    List<DiscussionMessageView> messages(UUID threadId);

    /** Marks every message of the thread so far read for the reader; returns how many were unread. */
    long markRead(UUID threadId);

    /** The reader's choice of discussion mail (each message unless they chose otherwise). */
    DiscussionMailMode mailMode();

    /** Sets the reader's choice of discussion mail. */
    DiscussionMailMode setMailMode(DiscussionMailMode mode);
}
