package io.klien.projects.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DiscussionReadMarkRepository extends JpaRepository<DiscussionReadMark, UUID> {

    /** Moves the person's mark forward to {@code upTo} (never back), making it when they have none. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(nativeQuery = true, value = """
            insert into discussion_read_mark (tenant_id, id, thread_id, subject, read_up_to)
            values (:tenantId, :id, :threadId, :subject, :upTo)
            on conflict (tenant_id, thread_id, subject)
            do update set read_up_to = greatest(discussion_read_mark.read_up_to, excluded.read_up_to),
                          version = discussion_read_mark.version + 1""")
    int markUpTo(UUID tenantId, UUID id, UUID threadId, String subject, Instant upTo);
}
