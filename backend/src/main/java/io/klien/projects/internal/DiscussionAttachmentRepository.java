package io.klien.projects.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DiscussionAttachmentRepository extends JpaRepository<DiscussionAttachment, UUID> {

    @Query("select a from DiscussionAttachment a where a.messageId in :messageIds order by a.id")
    List<DiscussionAttachment> findOfMessages(Collection<UUID> messageIds);
}
