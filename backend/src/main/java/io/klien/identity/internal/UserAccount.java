package io.klien.identity.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.identity.UserAccountView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String subject;

    private @Nullable String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "first_signed_in_at", nullable = false, updatable = false)
    private Instant firstSignedInAt;

    @Column(name = "last_signed_in_at", nullable = false)
    private Instant lastSignedInAt;

    @Column(name = "sign_in_count", nullable = false)
    private long signInCount;

    private @Nullable String locale;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
        this.id = UUID.randomUUID();
        this.subject = "";
        this.displayName = "";
        this.firstSignedInAt = Instant.EPOCH;
        this.lastSignedInAt = Instant.EPOCH;
    }

    private UserAccount(String subject, Instant at) {
        this.id = UUID.randomUUID();
        this.subject = subject;
        this.displayName = subject;
        this.firstSignedInAt = at;
        this.lastSignedInAt = at;
    }

    public static UserAccount firstSignIn(String subject, Instant at) {
        return new UserAccount(subject, at);
    }

    public void signedIn(@Nullable String email, String displayName, Instant at) {
        this.email = email;
        this.displayName = displayName.isBlank() ? (email != null ? email : subject) : displayName.strip();
        this.lastSignedInAt = at;
        this.signInCount++;
    }

    public @Nullable String locale() {
        return locale;
    }

    public void chooseLocale(String languageTag) {
        this.locale = languageTag;
    }

    public UUID id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public UserAccountView toView() {
        return new UserAccountView(id, subject, email, displayName, firstSignedInAt, lastSignedInAt, signInCount);
    }
}
