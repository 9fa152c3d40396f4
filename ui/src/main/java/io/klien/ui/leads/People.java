package io.klien.ui.leads;

import java.util.Map;
import java.util.stream.Collectors;

import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import org.jspecify.annotations.Nullable;

/** Names of the firm's staff by identity-provider subject, for owners and representatives. */
public final class People {

    private final Map<String, String> names;

    private People(Map<String, String> names) {
        this.names = names;
    }

    public static People of(Memberships memberships) {
        return new People(memberships.colleagues().stream()
                .collect(Collectors.toMap(MembershipView::subject, MembershipView::displayName, (a, b) -> a)));
    }

    public String name(@Nullable String subject) {
        if (subject == null) {
            return "";
        }
        return names.getOrDefault(subject, subject);
    }

    public Map<String, String> all() {
        return names;
    }
}
