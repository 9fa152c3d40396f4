package io.klien.clients.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

import io.klien.clients.ClientKind;
import io.klien.clients.ClientProfile;
import io.klien.clients.ClientStatus;
import io.klien.clients.ClientStatusChanged;
import io.klien.clients.ClientSummary;
import io.klien.clients.ClientTeamChanged;
import io.klien.clients.ClientUpdated;
import io.klien.clients.ClientView;
import io.klien.shared.NormalizedName;
import io.klien.shared.PersonRefs;
import io.klien.shared.tenant.TenantOwnedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "client")
class Client extends TenantOwnedAggregate {

    private String name;
    @Column(name = "normalized_name")
    private @Nullable String normalizedName;
    @Enumerated(EnumType.STRING)
    private ClientKind kind;
    @Enumerated(EnumType.STRING)
    private ClientStatus status;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "representative_subject")
    private @Nullable String representativeSubject;
    @Column(name = "relationship_start")
    private @Nullable LocalDate relationshipStart;
    private boolean exclusive;
    private @Nullable String preferences;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "service_lines")
    private List<String> serviceLines;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> tags;
    @Column(name = "first_contact_date")
    private @Nullable LocalDate firstContactDate;
    @Column(name = "won_date")
    private @Nullable LocalDate wonDate;

    protected Client() {
        this.name = "";
        this.kind = ClientKind.ORGANIZATION;
        this.status = ClientStatus.ACTIVE;
        this.createdAt = Instant.EPOCH;
        this.serviceLines = new ArrayList<>();
        this.tags = new ArrayList<>();
    }

    public static Client create(String name, ClientKind kind, Instant at) {
        Client c = new Client();
        c.rename(name);
        c.kind = kind;
        c.createdAt = at;
        return c;
    }

    public static Client onboarding(String name, ClientKind kind, Instant at) {
        Client c = create(name, kind, at);
        c.status = ClientStatus.ONBOARDING;
        return c;
    }

    /** A client brought in by a file import: onboarding unless the file says otherwise, with its tags. */
    public static Client imported(String name, ClientKind kind, @Nullable ClientStatus status, List<String> tags,
            Instant at) {
        Client c = onboarding(name, kind, at);
        if (status != null) {
            c.status = status;
        }
        c.tags = new ArrayList<>(tags);
        return c;
    }

    private void rename(String newName) {
        this.name = newName;
        this.normalizedName = NormalizedName.of(newName);
    }

    /**
     * Takes over an edit (validated by the service) and records which fields it changed, before and after, with the
     * custom values the edit changed.
     */
    public void change(String newName, ClientKind newKind, @Nullable LocalDate start, boolean isExclusive,
            List<String> lines, List<String> newTags, @Nullable String newPreferences, List<FieldChange> customValues) {
        List<FieldChange> changes = new ArrayList<>(List.of(new FieldChange("name", name, newName),
                new FieldChange("kind", kind, newKind), new FieldChange("relationshipStart", relationshipStart, start),
                new FieldChange("exclusive", exclusive, isExclusive),
                new FieldChange("serviceLines", serviceLines, lines),
                new FieldChange("tags", tags, newTags), new FieldChange("preferences", preferences, newPreferences)));
        changes.addAll(customValues);
        StringJoiner before = new StringJoiner(", ");
        StringJoiner after = new StringJoiner(", ");
        for (FieldChange c : changes) {
            if (!Objects.equals(c.before(), c.after())) {
                before.add(c.field() + "=" + c.before());
                after.add(c.field() + "=" + c.after());
            }
        }
        rename(newName);
        this.kind = newKind;
        this.relationshipStart = start;
        this.exclusive = isExclusive;
        this.serviceLines = new ArrayList<>(lines);
        this.tags = new ArrayList<>(newTags);
        this.preferences = newPreferences;
        if (before.length() > 0) {
            registerEvent(new ClientUpdated(tenantId(), id(), before.toString(), after.toString()));
        }
    }

    public void startRelationship(@Nullable LocalDate start) {
        this.relationshipStart = start;
    }

    /** What a won lead brings: its sales cycle and its owner as the representative. */
    public void recordWonLead(LocalDate firstContact, LocalDate won, @Nullable String representative) {
        this.firstContactDate = firstContact;
        this.wonDate = won;
        this.representativeSubject = representative;
    }

    /** Names the dedicated representative (null removes them); a change is recorded. */
    public void assignRepresentative(@Nullable String subject) {
        if (!Objects.equals(representativeSubject, subject)) {
            registerEvent(new ClientTeamChanged(tenantId(), id(), ClientTeamChanged.Change.REPRESENTATIVE,
                    representativeSubject, subject));
            this.representativeSubject = subject;
        }
    }

    /** Moves the client to another status and records the step in its history; the same status changes nothing. */
    public boolean changeStatus(ClientStatus newStatus, Instant at, @Nullable String by) {
        if (status == newStatus) {
            return false;
        }
        registerEvent(new ClientStatusChanged(tenantId(), id(), status, newStatus, at, by));
        this.status = newStatus;
        return true;
    }

    /** Takes what the merged duplicate knew and this record did not. */
    public void absorb(Client merged) {
        if (representativeSubject == null) {
            representativeSubject = merged.representativeSubject;
        }
        if (relationshipStart == null || merged.relationshipStart != null
                && merged.relationshipStart.isBefore(relationshipStart)) {
            relationshipStart = merged.relationshipStart;
        }
        if (firstContactDate == null) {
            firstContactDate = merged.firstContactDate;
            wonDate = merged.wonDate;
        }
        if (preferences == null) {
            preferences = merged.preferences;
        } else if (merged.preferences != null && !merged.preferences.equals(preferences)) {
            String joined = preferences + "\n" + merged.preferences;
            preferences = joined.length() > 4000 ? joined.substring(0, 4000) : joined;
        }
        exclusive = exclusive || merged.exclusive;
        serviceLines = union(serviceLines, merged.serviceLines);
        tags = union(tags, merged.tags);
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return all;
    }

    public ClientStatus status() {
        return status;
    }

    public String name() {
        return name;
    }

    public ClientView toView() {
        return new ClientView(id(), name, kind, status.name());
    }

    public @Nullable String representativeSubject() {
        return representativeSubject;
    }

    /** A grid row, the representative named from the given page's people. */
    public ClientSummary toSummary(PersonRefs people) {
        return new ClientSummary(id(), name, kind, status, people.of(representativeSubject), relationshipStart,
                List.copyOf(tags));
    }

    /** The profile, representative and account team named from the given people. */
    public ClientProfile toProfile(List<String> accountTeam, PersonRefs people) {
        return new ClientProfile(id(), name, kind, status, people.of(representativeSubject), people.of(accountTeam),
                relationshipStart, exclusive, List.copyOf(serviceLines), List.copyOf(tags), preferences,
                firstContactDate, wonDate, version());
    }
}
