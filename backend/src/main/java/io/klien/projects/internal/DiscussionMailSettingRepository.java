package io.klien.projects.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.klien.projects.DiscussionMailMode;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DiscussionMailSettingRepository extends JpaRepository<DiscussionMailSetting, UUID> {

    Optional<DiscussionMailSetting> findBySubject(String subject);

    List<DiscussionMailSetting> findByMode(DiscussionMailMode mode);

    List<DiscussionMailSetting> findBySubjectIn(java.util.Collection<String> subjects);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(nativeQuery = true, value = """
            insert into discussion_mail_setting (tenant_id, id, subject, mode) values (:tenantId, :id, :subject, :mode)
            on conflict (tenant_id, subject)
            do update set mode = excluded.mode, version = discussion_mail_setting.version + 1""")
    int choose(UUID tenantId, UUID id, String subject, String mode);
}
