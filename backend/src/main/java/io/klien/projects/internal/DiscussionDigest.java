package io.klien.projects.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.klien.notifications.NewNotification;
import io.klien.notifications.NotificationKind;
import io.klien.notifications.ReminderSource;
import io.klien.projects.DiscussionMailMode;
import io.klien.shared.FirmRole;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import org.springframework.stereotype.Component;

/**
 * The daily discussion digest for people who chose one: from {@value #HOUR}:00 in the firm's zone, one notice per
 * person with how many messages of the previous day (in threads they may see) they have not read. The reminder run
 * asks every hour; the day in the dedupe key sends it once.
 */
@Component
class DiscussionDigest implements ReminderSource {

    static final int HOUR = 7;

    private final DiscussionMailSettingRepository mailSettings;
    private final DiscussionMessageRepository messages;
    private final Memberships memberships;

    DiscussionDigest(DiscussionMailSettingRepository mailSettings, DiscussionMessageRepository messages,
            Memberships memberships) {
        this.mailSettings = mailSettings;
        this.messages = messages;
        this.memberships = memberships;
    }

    @Override
    public List<NewNotification> remindersDue(ZonedDateTime firmNow) {
        if (firmNow.toLocalTime().isBefore(LocalTime.of(HOUR, 0))) {
            return List.of();
        }
        LocalDate yesterday = firmNow.toLocalDate().minusDays(1);
        Instant from = yesterday.atStartOfDay(firmNow.getZone()).toInstant();
        Instant to = firmNow.toLocalDate().atStartOfDay(firmNow.getZone()).toInstant();
        List<NewNotification> due = new ArrayList<>();
        for (DiscussionMailSetting setting : mailSettings.findByMode(DiscussionMailMode.DAILY_DIGEST)) {
            Optional<MembershipView> member = memberships.activeMembershipOf(setting.subject());
            if (member.isEmpty()) {
                continue;
            }
            boolean client = member.get().role() == FirmRole.CLIENT;
            long unread;
            if (client && member.get().clientId() != null) {
                unread = messages.countUnreadOfClient(setting.subject(), member.get().clientId(), from, to,
                        Instant.EPOCH);
            } else if (!client) {
                unread = messages.countUnreadOnTeam(setting.subject(), from, to, Instant.EPOCH);
            } else {
                unread = 0;
            }
            if (unread > 0) {
                due.add(new NewNotification(setting.subject(), null, NotificationKind.COMMENT,
                        "projects.notice.digest", List.of(Long.toString(unread), yesterday.toString()),
                        client ? "portal" : "projects", "discussion-digest:" + yesterday));
            }
        }
        return due;
    }
}
