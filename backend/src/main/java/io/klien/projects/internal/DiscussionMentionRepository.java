package io.klien.projects.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DiscussionMentionRepository extends JpaRepository<DiscussionMention, UUID> {

    @Query("select m from DiscussionMention m where m.messageId in :messageIds order by m.subject")
    List<DiscussionMention> findOfMessages(Collection<UUID> messageIds);
}
