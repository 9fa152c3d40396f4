package io.klien.projects;

import static io.klien.shared.FirmRole.CLIENT;

import java.util.List;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;

/** What a client user's portal shows of the work the firm does for their client, each in a fixed number of queries. */
@FirmRoles(CLIENT)
public interface ClientPortalProjects {

    /** The client's projects, what awaits their approval, their open tasks, recent updates and the account team. */
    PortalProjects home();

    /** The people serving the client on one of its projects, lead first, with how to reach them. */
    List<TeamContact> team(UUID projectId);
}
