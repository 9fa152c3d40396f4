package io.klien.projects.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DiscussionMessageRepository extends JpaRepository<DiscussionMessage, UUID> {

    @Query("select m from DiscussionMessage m where m.threadId = :threadId order by m.createdAt, m.id")
    List<DiscussionMessage> findOfThread(UUID threadId);

    @Query("select max(m.createdAt) from DiscussionMessage m where m.threadId = :threadId")
    Optional<Instant> lastCreatedAt(UUID threadId);

    /** Per thread: how many messages by others the person has not read (threads with none are left out). */
    @Query("""
            select m.threadId, count(m) from DiscussionMessage m
            where m.threadId in :threadIds and (m.authorSubject is null or m.authorSubject <> :subject)
              and m.createdAt > coalesce((select r.readUpTo from DiscussionReadMark r
                                          where r.threadId = m.threadId and r.subject = :subject), :never)
            group by m.threadId""")
    List<Object[]> countUnread(Collection<UUID> threadIds, String subject, Instant never);

    /** Messages by others, unread by a team member, created in [from, to), in threads of projects they are on. */
    @Query("""
            select count(m) from DiscussionMessage m, DiscussionThread t, ProjectMember pm
            where t.id = m.threadId and pm.projectId = t.projectId and pm.subject = :subject
              and m.createdAt >= :from and m.createdAt < :to
              and (m.authorSubject is null or m.authorSubject <> :subject)
              and m.createdAt > coalesce((select r.readUpTo from DiscussionReadMark r
                                          where r.threadId = t.id and r.subject = :subject), :never)""")
    long countUnreadOnTeam(String subject, Instant from, Instant to, Instant never);

    /** Messages by others, unread by a client user, created in [from, to), in shared threads of their client. */
    @Query("""
            select count(m) from DiscussionMessage m, DiscussionThread t, Project p
            where t.id = m.threadId and p.id = t.projectId and p.clientId = :clientId
              and t.visibility = io.klien.projects.ThreadVisibility.SHARED
              and m.createdAt >= :from and m.createdAt < :to
              and (m.authorSubject is null or m.authorSubject <> :subject)
              and m.createdAt > coalesce((select r.readUpTo from DiscussionReadMark r
                                          where r.threadId = t.id and r.subject = :subject), :never)""")
    long countUnreadOfClient(String subject, UUID clientId, Instant from, Instant to, Instant never);
}
