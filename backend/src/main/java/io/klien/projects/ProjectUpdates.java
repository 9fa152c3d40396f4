package io.klien.projects;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import org.springframework.data.domain.Pageable;

/**
 * Periodic status updates of a project: posted by its team, read and answered by the client's users, and mailed to
 * the client's users who follow the project (all of them unless they unfollowed it) in the firm's language.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface ProjectUpdates {

    /** A member of the project's team (or a tenant admin) posts an update on an open project. */
    ProjectUpdateView post(UUID projectId, NewProjectUpdate update);

    /** A page of the project's updates, newest first; a client user never sees the internal note. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    List<ProjectUpdateView> list(UUID projectId, Pageable pageable);

    /**
     * A page of the project's updates as {@link #list} gives it, each with its thread (oldest first): what a project
     * page shows, in a fixed number of statements however many updates and replies the page holds.
     */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    List<ProjectUpdateThread> listWithReplies(UUID projectId, Pageable pageable);

    /** Replies in the update's thread. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    ProjectUpdateReplyView reply(UUID updateId, String body);

    /** The update's thread, oldest first. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    List<ProjectUpdateReplyView> replies(UUID updateId);

    /** The client user follows the project's updates again (the default). */
    @FirmRoles(CLIENT)
    void follow(UUID projectId);

    /** The client user stops getting the project's updates by mail. */
    @FirmRoles(CLIENT)
    void unfollow(UUID projectId);

    /** Whether the client user gets the project's updates by mail. */
    @FirmRoles(CLIENT)
    boolean following(UUID projectId);
}
