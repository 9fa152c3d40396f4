package io.klien.tenancy.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.klien.shared.PeopleDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names people by their memberships of the acting firm, in any role and state: a deactivated colleague keeps their
 * name on what they did. Row-level security keeps other firms' memberships out.
 */
@Component
@Transactional(readOnly = true)
class MembershipPeopleDirectory implements PeopleDirectory {

    private final MembershipRepository memberships;

    MembershipPeopleDirectory(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @Override
    public Map<String, String> names(Collection<String> subjects) {
        Map<String, String> names = new HashMap<>();
        if (!subjects.isEmpty()) {
            memberships.findNames(subjects).forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }
}
