package io.klien.projects.internal;

import io.klien.projects.DiscussionMailMode;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One person's choice of discussion mail in a firm (each message when they have none). */
@Entity
@Table(name = "discussion_mail_setting")
class DiscussionMailSetting extends TenantOwnedEntity {

    @Column(updatable = false)
    private String subject;
    @Enumerated(EnumType.STRING)
    private DiscussionMailMode mode;

    protected DiscussionMailSetting() {
        this.subject = "";
        this.mode = DiscussionMailMode.EACH_MESSAGE;
    }

    String subject() {
        return subject;
    }

    DiscussionMailMode mode() {
        return mode;
    }
}
