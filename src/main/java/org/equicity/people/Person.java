package org.equicity.people;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.equicity.shared.PersonId;

/** Someone who signs in. Email addresses are kept lower-case so that one person cannot exist twice. */
@Entity
@Table(name = "person")
class Person {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<GrantRow> grants = new ArrayList<>();

    protected Person() {}

    Person(String email, String displayName, String language, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = normalise(email);
        this.displayName = Objects.requireNonNull(displayName, "display name").strip();
        this.language = Objects.requireNonNull(language, "language");
        this.active = true;
        this.createdAt = createdAt;
    }

    static String normalise(String email) {
        return Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
    }

    PersonId id() {
        return new PersonId(id);
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    String language() {
        return language;
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    boolean isActive() {
        return active;
    }

    Set<RoleGrant> grants() {
        return grants.stream().map(GrantRow::toGrant).collect(Collectors.toUnmodifiableSet());
    }

    void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "password hash");
    }

    void preferLanguage(String language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    void rename(String displayName) {
        this.displayName = Objects.requireNonNull(displayName, "display name").strip();
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    /** Adds the role unless the person already holds it; answers whether anything changed. */
    boolean grant(RoleGrant grant, Instant now) {
        if (grants().contains(grant)) {
            return false;
        }
        grants.add(new GrantRow(this, grant, now));
        return true;
    }

    boolean revoke(RoleGrant grant) {
        return grants.removeIf(row -> row.toGrant().equals(grant));
    }
}
