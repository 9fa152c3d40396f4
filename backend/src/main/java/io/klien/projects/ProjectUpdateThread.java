package io.klien.projects;

import java.util.List;

/** A status update with its thread of replies, oldest first. */
public record ProjectUpdateThread(ProjectUpdateView update, List<ProjectUpdateReplyView> replies) {

    public ProjectUpdateThread {
        replies = List.copyOf(replies);
    }
}
